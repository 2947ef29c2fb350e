/// <reference types="office-js" />
/**
 * Takes down taskpane.html's static notice that this Excel cannot run the add-in.
 *
 * The notice is plain HTML, so that it shows where none of our code can run: Excel builds without
 * Microsoft Edge WebView2 open add-ins in Internet Explorer 11, which cannot parse the ES2020 bundles.
 * webpack runs this entry only after the functions and task pane bundles have run (it depends on
 * both), so reaching this line proves the page works. See docs/deploy.md.
 */
const notice = document.getElementById('needs-newer-excel');
// Without office.js (blocked by the network) the pane cannot work either; the notice names that cause too.
if (typeof Office !== 'undefined') notice?.remove();
