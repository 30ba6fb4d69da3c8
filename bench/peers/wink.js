// Peer: wink-nlp with wink-eng-lite-web-model: tokens, sentences and named
// entities (dates, cardinals, ...) of each article in a JSON Lines file.
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
  let n = 0, found = 0;
  for await (const line of rl) {
    if (!line) continue;
    const doc = nlp.readDoc(JSON.parse(line).text);
    found += doc.entities().length() + doc.sentences().length();
    n++;
  }
  console.error(`wink-nlp: ${n} articles, ${found} entities+sentences`);
})();
