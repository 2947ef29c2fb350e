/**
 * The custom functions bundle (`functions.js`): importing each function file
 * registers it, because the metadata plugin appends its
 * `CustomFunctions.associate(id, function)` call to that file at build time.
 * functions.json is generated from the same files' JSDoc.
 */
import './excel/impact.js';
import './excel/values.js';
import './excel/discount-factor.js';
import './excel/pv.js';
import './excel/outcome-pv.js';
import './excel/ratio.js';
import './excel/net-ratio.js';
import './excel/payback.js';
import './excel/evaluate.js';
import './excel/switching-value.js';
import './excel/tornado.js';
import './excel/price-score.js';
import './excel/social-value-score.js';
import './excel/tender-score.js';
import './excel/uplift.js';
