#!/usr/bin/env node
'use strict';
// The CLI is built with the rest of the app (npm ci runs `prepare`, which builds).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('testimony: the app is not built yet. Run `npm run build` in ' + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(entry);
