#!/usr/bin/env node
// The `sroi` command. This launcher is committed rather than built so that
// npm links it into node_modules/.bin at install time; it starts the compiled
// command line, which `npm run build` (run by `npm ci`) writes to dist/.
import '../dist/bin.js';
