// Builds the Excel add-in into dist/: the task pane page (which is also the
// shared runtime that hosts the custom functions), the functions bundle with
// functions.json generated from its JSDoc, the commands bundle, the manifest
// and the icons. Shaped like Microsoft's "Excel custom functions with a shared
// runtime" template; see docs/excel-functions.md.
//
//   npm run build:addin                 production build (URLs rewritten)
//   npm run dev-server                  development build in dist/dev, served on https://localhost:3000
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const addin = path.join(root, 'addin');

/** Where the add-in is served while developing, as written in manifest.xml. */
export const DEV_URL = 'https://localhost:3000/';
/** Where the built add-in is hosted; set SROI_ADDIN_URL (https, ending in /) to deploy elsewhere. */
export const PRODUCTION_URL = process.env.SROI_ADDIN_URL ?? 'https://sroi-calculator.github.io/sroi/addin/';

/** Every file that declares custom functions: the metadata plugin reads their JSDoc and registers them. */
const functionFiles = readdirSync(path.join(addin, 'src/functions/excel'))
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => `./addin/src/functions/excel/${file}`);

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  if (production && !/^https:\/\/[^/]+\/(.*\/)?$/.test(PRODUCTION_URL)) {
    throw new Error(`SROI_ADDIN_URL must be an https address ending in /; got ${PRODUCTION_URL}`);
  }
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/src/taskpane/taskpane.html',
        chunks: ['taskpane', 'commands', 'functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            // Every development URL, not only the first (the template's replace misses the rest).
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL, PRODUCTION_URL) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
