// The manifest Excel is given in production, made from the development manifest.xml.
// A plain replace of the development address would also rewrite the source's comment into a false
// sentence ("Development URLs point at <the production address>"), so the comment is replaced too.

/** The address `npm run build` uses when SROI_ADDIN_URL is not set: nothing is hosted there. */
export const PLACEHOLDER_URL = 'https://sroi-calculator.github.io/sroi/addin/';

const SOURCE_COMMENT = /^(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->(\s*<OfficeApp[\s>])/;

/**
 * The production manifest: every development URL moved to `url`, and a comment that says what the
 * built copy is.
 *
 * @param source - manifest.xml as written, with its explanatory comment before `<OfficeApp>`
 * @param devUrl - the development address in it, e.g. 'https://localhost:3000/'
 * @param url - the https address dist/ will be hosted at, ending in /
 * @returns the manifest for dist/
 */
export function productionManifest(source, devUrl, url) {
  if (!SOURCE_COMMENT.test(source)) throw new Error('manifest.xml must start with its explanatory comment');
  const comment =
    url === PLACEHOLDER_URL
      ? `<!-- SROI Excel add-in, built from manifest.xml for the placeholder address ${PLACEHOLDER_URL}
     NOT FOR DEPLOYMENT: nothing is hosted there. Build with SROI_ADDIN_URL=https://your-host/path/ npm run build:deploy
     (docs/deploy.md). -->`
      : `<!-- SROI Excel add-in, built from manifest.xml for the address its URLs point at (SROI_ADDIN_URL).
     Host dist/ at that address and deploy this file (docs/deploy.md). Edit manifest.xml, not this copy. -->`;
  const built = source.replace(SOURCE_COMMENT, (_, head, tail) => `${head}${comment}${tail}`).replaceAll(devUrl, url);
  if (/localhost|127\.0\.0\.1/i.test(built)) throw new Error('the production manifest still names localhost');
  return built;
}
