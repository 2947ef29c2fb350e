// Builds the Excel add-in into dist/: the task pane page (which is also the
// shared runtime that hosts the custom functions), the functions bundle with
// functions.json generated from its JSDoc, the commands bundle, the manifest
// and the icons. Shaped like Microsoft's "Excel custom functions with a shared
// runtime" template; see docs/excel-functions.md.
//
//   npm run build:addin                 production build for SROI_ADDIN_URL, or a placeholder address (tests)
//   npm run build:deploy                production build that refuses to run without SROI_ADDIN_URL
//   npm run dev-server                  development build in dist/dev, served on https://localhost:3000
// See docs/deploy.md.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { PLACEHOLDER_URL, productionManifest } from './addin/scripts/production-manifest.js';
import { VersionedUrlsPlugin } from './addin/scripts/versioned-urls.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const addin = path.join(root, 'addin');

/** Where the add-in is served while developing, as written in manifest.xml. */
export const DEV_URL = 'https://localhost:3000/';
/** Where the built add-in is hosted: SROI_ADDIN_URL (https, ending in /), or a placeholder nothing is hosted at. */
export const PRODUCTION_URL = process.env.SROI_ADDIN_URL || PLACEHOLDER_URL;

/** Every file that declares custom functions: the metadata plugin reads their JSDoc and registers them. */
const functionFiles = readdirSync(path.join(addin, 'src/functions/excel'))
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => `./addin/src/functions/excel/${file}`);

/**
 * Removes `allowCustomDataForDataTypeAny` from the generated functions.json. The metadata generator
 * (custom-functions-metadata 2.x) always adds it, but it belongs to CustomFunctionsRuntime 1.4 while
 * manifest.xml asks for 1.2: Excel 2021 and LTSC then install the add-in and show #VALUE! on every
 * function, or crash (office-js issues 3504 and 4385). The add-in uses no Excel data types.
 */
class WithoutDataTypesOption {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('WithoutDataTypesOption', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'WithoutDataTypesOption', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // functions.json, or its versioned name if the bundle names carry one.
          for (const asset of compilation.getAssets().filter(({ name }) => /^functions\b.*\.json$/.test(name))) {
            const metadata = JSON.parse(asset.source.source().toString());
            delete metadata.allowCustomDataForDataTypeAny;
            for (const item of metadata.functions) delete item.options?.allowCustomDataForDataTypeAny;
            compilation.updateAsset(asset.name, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          }
        },
      );
    });
  }
}

/** Refuses a production address Excel could not use, and the placeholder when building to deploy. */
function checkProductionUrl(url, deploy) {
  if (deploy && url === PLACEHOLDER_URL) {
    throw new Error(
      'npm run build:deploy needs SROI_ADDIN_URL, the https address where dist/ will be hosted, ending in /; ' +
        'e.g. SROI_ADDIN_URL=https://static.example.org/sroi/ npm run build:deploy (docs/deploy.md)',
    );
  }
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`SROI_ADDIN_URL must be an https address ending in /; got ${url}`);
  }
  if (/^https:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(url)) {
    throw new Error(
      `SROI_ADDIN_URL must be where dist/ will be hosted, not this machine (npm start serves it); got ${url}`,
    );
  }
}

export default (env, argv) => {
  const production = argv.mode !== 'development';
  if (production) checkProductionUrl(PRODUCTION_URL, env?.deploy === true);
  return {
    context: root,
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    target: ['web', 'es2020'],
    entry: {
      // The pane's page: registers nothing itself and loads the pane's React UI (app/) as a separate chunk on demand,
      // so that the custom functions in the same page register as fast as without a pane.
      // It depends on the functions bundle, which the same page loads first: the engine and the reader in it
      // are not bundled a second time into the pane.
      taskpane: { import: './addin/src/taskpane/taskpane.ts', dependOn: 'functions' },
      commands: './addin/src/commands/commands.ts',
      functions: './addin/src/functions/index.ts',
      // Takes down the page's "this Excel cannot run the add-in" notice. It runs only after the ES2020
      // bundles above have run, so where Excel uses Internet Explorer the notice stays.
      'old-excel': { import: './addin/src/taskpane/old-excel.ts', dependOn: ['functions', 'taskpane'] },
    },
    output: {
      // Development builds go to dist/dev so that they never mix with the production build.
      path: production ? path.join(root, 'dist') : path.join(root, 'dist/dev'),
      filename: '[name].js',
      // Chunks loaded on demand (the pane's UI) carry a content hash, so Excel's web cache never serves an old one.
      chunkFilename: '[name].[contenthash:8].js',
      // Chunks load from beside taskpane.html; a fixed public path also keeps webpack's address-guessing code
      // (which mentions importScripts) out of the bundle.
      publicPath: '',
      // A production build keeps a running dev server's files.
      clean: production ? { keep: (asset) => asset.startsWith('dev/') } : true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Sources import './x.js' (ESM style) for files that are './x.ts'.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // Bundle the engine and the workbook reader from source so that a fresh clone builds without building them first.
      alias: {
        '@sroi/core$': path.join(root, 'packages/core/src/index.ts'),
        '@sroi/workbook$': path.join(root, 'packages/workbook/src/index.ts'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the build only transpiles.
            options: { configFile: path.join(addin, 'tsconfig.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionFiles }),
      new WithoutDataTypesOption(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/src/taskpane/taskpane.html',
        chunks: ['taskpane', 'commands', 'functions', 'old-excel'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            // Every development URL, not only the first (the template's replace misses the rest), and a true comment.
            transform: (content) =>
              production ? productionManifest(content.toString(), DEV_URL, PRODUCTION_URL) : content,
          },
        ],
      }),
      ...(production
        ? [new VersionedUrlsPlugin({ page: 'taskpane.html', manifest: 'manifest.xml', base: PRODUCTION_URL })]
        : []),
    ],
    // Shorter names in functions.js, which Excel downloads before any function works (bench functions-bundle-size):
    // the engine modules the pane also uses stay separate modules there, referred to by id and export name.
    // Module ids count up in order of use instead of being 4-digit hashes, and exports take the shortest names
    // instead of hashed ones: about 1 KB gzipped (and 2.7 KB off the pane). Every file's URL changes with its content
    // (addin/scripts/versioned-urls.js, content-hashed chunks), so nothing stale is served; the cost is that a release
    // which adds or removes a module also renames the pane's React chunk, which browsers then fetch again.
    optimization: production ? { moduleIds: 'natural', mangleExports: 'size' } : {},
    performance: { hints: false },
  };
};
