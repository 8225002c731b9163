// Lighthouse's performance score of a page with this host's own blocking time taken out.
// usage: node net-performance.mjs page-report.json host-tbt-ms
// host-tbt-ms is the median total blocking time of a bare HTML page audited in the same run: the main-thread
// time any page costs on this (shared, noisy) machine, most of it Lighthouse's own instrumentation.
// Only the page's excess counts.
import {readFileSync} from 'node:fs';
import {Audit} from 'lighthouse/core/audits/audit.js';

const page = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const hostTbt = Number(process.argv[3]);
const tbt = page.audits['total-blocking-time'];
const netTbt = Math.max(0, tbt.numericValue - hostTbt);
const metrics = page.categories.performance.auditRefs.filter(ref => ref.weight > 0);
const weighted = metrics.reduce((sum, ref) => sum + ref.weight *
  (ref.id === 'total-blocking-time' ? Audit.computeLogNormalScore(tbt.scoringOptions, netTbt) : page.audits[ref.id].score), 0);
const score = weighted / metrics.reduce((sum, ref) => sum + ref.weight, 0);
console.log(JSON.stringify({score, tbt: tbt.numericValue, hostTbt, netTbt}));
