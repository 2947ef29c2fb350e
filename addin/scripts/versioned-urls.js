// Excel and the browsers, proxies and CDNs between it and the host cache the add-in's files (Excel
// keeps function metadata for up to 24 hours). The files keep stable names, so that everything that
// reads dist/ finds them, and every reference to them carries `?v=` and a hash of the file's content:
// a changed file has a new URL, which no cache has seen. The chunks loaded on demand already carry a
// hash in their names.
import { createHash } from 'node:crypto';

const NAME = 'VersionedUrlsPlugin';

/**
 * The first 12 hex digits of the SHA-256 of a file's content.
 *
 * @example
 * ```js
 * contentVersion(Buffer.from('')); //=> 'e3b0c44298fc'
 * ```
 */
export function contentVersion(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/**
 * Adds `?v=<content version>` to the page's own scripts in the task pane page, then to the add-in's
 * files in the manifest (the page last, once its script URLs are in it). Runs after every other step
 * has changed the assets, so each version is that of the file as shipped.
 */
export class VersionedUrlsPlugin {
  /**
   * @param options.page - the task pane page, e.g. 'taskpane.html'
   * @param options.manifest - the manifest, e.g. 'manifest.xml'
   * @param options.base - the address the manifest's URLs start with, ending in /
   */
  constructor({ page, manifest, base }) {
    this.page = page;
    this.manifest = manifest;
    this.base = base;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const read = (file) => compilation.getAsset(file)?.source.buffer();
        const versioned = (file) => `${file}?v=${contentVersion(read(file))}`;
        const fail = (message) => compilation.errors.push(new WebpackError(`${NAME}: ${message}`));
        if (read(this.page) === undefined || read(this.manifest) === undefined) {
          fail(`${this.page} or ${this.manifest} was not built`);
          return;
        }

        const scripts = new Set(
          [...compilation.entrypoints.values()].flatMap((entry) => entry.getFiles()).filter((f) => f.endsWith('.js')),
        );
        const page = read(this.page)
          .toString()
          .replace(/(\ssrc=["']?)([^"'\s>?]+\.js)(?=["'\s>])/g, (tag, attribute, file) =>
            scripts.has(file) ? `${attribute}${versioned(file)}` : tag,
          );
        for (const script of scripts) {
          if (!page.includes(`${script}?v=`)) fail(`${this.page} does not load ${script} by a versioned URL`);
        }
        compilation.updateAsset(this.page, new sources.RawSource(page));

        const files = new RegExp(
          `${this.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^"?#]+\\.(?:html|js|json))"`,
          'g',
        );
        const manifest = read(this.manifest)
          .toString()
          .replace(files, (url, file) => {
            if (read(file) === undefined) {
              fail(`${this.manifest} points at ${file}, which the build does not produce`);
              return url;
            }
            return `${this.base}${versioned(file)}"`;
          });
        compilation.updateAsset(this.manifest, new sources.RawSource(manifest));
      });
    });
  }
}
