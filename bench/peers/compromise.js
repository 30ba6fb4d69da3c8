// Peer: compromise (+ compromise-dates): people, places, organizations,
// numbers and dates of each article in a JSON Lines file.
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');
try { nlp.plugin(require('compromise-dates')); } catch (e) { console.error('compromise-dates not loaded:', e.message); }
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
  let n = 0, found = 0;
  for await (const line of rl) {
    if (!line) continue;
    const doc = nlp(JSON.parse(line).text);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length;
    if (doc.dates) found += doc.dates().length;
    n++;
  }
  console.error(`compromise: ${n} articles, ${found} mentions`);
})();
