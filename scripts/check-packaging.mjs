#!/usr/bin/env node
// Checks electron-builder.yml offline with electron-builder's own schema validation (packaging
// itself downloads Electron, so `npm run dist` needs the network), and that the files it names exist.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');
const yaml = require('js-yaml');

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
await validateConfiguration(config, new DebugLogger(false));
const icons = [config.linux?.icon, config.win?.icon, config.mac?.icon].filter(Boolean);
const missing = icons.filter((icon) => !existsSync(icon));
if (missing.length) throw new Error(`electron-builder.yml names missing icons: ${missing.join(', ')}`);
if (config.asar !== true) throw new Error('asar must stay on');
const fuses = { runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true };
const wrong = Object.entries(fuses).filter(([name, value]) => config.electronFuses?.[name] !== value);
if (wrong.length) throw new Error(`electron-builder.yml must set the fuses ${wrong.map(([n, v]) => `${n}: ${v}`).join(', ')}`);
console.log(`electron-builder.yml is valid, fuses set: targets linux ${config.linux.target}, win ${config.win.target}, mac ${config.mac.target}.`);
