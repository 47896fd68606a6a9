// Run once the whole suite is done, while PouchDB Server still runs: every
// document in every database on it is read, and none may hold what never
// leaves a browser (issue 27): a private goal, a 1:1 note, "This is me",
// a replica id, the sample mark. The private texts are the ones the specs
// type into private forms of browsers that sync.
const PRIVATE = [
  '"me"', '"sample"', 'replica', '"personal"', 'one_on_one', 'ladder-personal',
  'half marathon', 'stretched thin',
];

export default async function privacyTeardown() {
  const server = process.env.LADDER_TEST_COUCH;
  if (!server) return;
  const json = async (path) => (await fetch(`${server}${path}`, { headers: { Accept: 'application/json' } })).json();
  const databases = (await json('_all_dbs')).filter((name) => !name.startsWith('_'));
  const leaks = [];
  let read = 0;
  for (const db of databases) {
    const { rows } = await json(`${encodeURIComponent(db)}/_all_docs?include_docs=true`);
    for (const row of rows) {
      read += 1;
      const text = JSON.stringify(row.doc);
      for (const word of PRIVATE) if (text.includes(word)) leaks.push(`${db}/${row.id} holds ${word}`);
    }
  }
  if (leaks.length) throw new Error(`private data reached the database:\n${leaks.join('\n')}`);
  console.log(`privacy: read ${read} documents in ${databases.length} databases; none holds private data`);
}
