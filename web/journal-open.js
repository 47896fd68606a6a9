// Inlined into <head> at build time (the CSP allows it by its hash): opens
// the journal's IndexedDB copy (src/storage/journal.rs) and reads its
// generation while the page is still loading the app. IndexedDB answers in
// another process, 20-30 ms after it is asked; asked here, the answer is
// waiting when the app starts, instead of the app waiting for it before it
// can read localStorage and draw anything. Inlined, not a module of its
// own: a file whose name does not change with its content could reach a
// page of another build from a cache.
//
// The names and limits are journal.rs's: it calls
// `window.ladderOpenedJournal()` and does all the rest (comparing
// generations, restoring, rewriting).
(() => {
  const DATABASE = 'ladder';
  const VERSION = 1;
  const STORE = 'local-storage';
  const GENERATION_KEY = 'ladder.generation';
  // How long start-up waits for IndexedDB before going on without it
  // (WebKit has been seen never to answer a first open).
  const OPEN_TIMEOUT_MS = 1500;
  // How long start-up waits for the copy's generation.
  const READ_TIMEOUT_MS = 5000;

  // A request's result once it succeeds; rejected when it fails, is blocked
  // or is late. A database that opens after all is closed at once, so it
  // never holds up another tab's upgrade.
  const answer = (request, timeoutMs) =>
    new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      request.onsuccess = () => {
        if (!settled) {
          settled = true;
          resolve(request.result);
        } else if (request.result instanceof IDBDatabase) {
          request.result.close();
        }
      };
      request.onerror = fail;
      request.onblocked = fail;
      setTimeout(() => fail(new Error('IndexedDB did not answer in time')), timeoutMs);
    });

  const open = async () => {
    const request = indexedDB.open(DATABASE, VERSION);
    let created = false;
    request.onupgradeneeded = (event) => {
      // Only a database that did not exist holds no copy: a later version's
      // upgrade of an existing one must still read it.
      created = event.oldVersion === 0;
      request.result.createObjectStore(STORE);
    };
    const database = await answer(request, OPEN_TIMEOUT_MS);
    const opened = { database, generation: undefined, created };
    // A later version of Ladder upgrading the database in another tab must
    // not wait on this page: it closes, and this page copies nothing.
    database.onversionchange = () => {
      database.close();
      opened.database = null;
    };
    // A database this page created holds no copy: there is no generation
    // to ask for (on a first visit, asking cost a round trip the first
    // screen waited for).
    if (created) return opened;
    try {
      const store = database.transaction(STORE).objectStore(STORE);
      const generation = await answer(store.get(GENERATION_KEY), READ_TIMEOUT_MS);
      opened.generation = typeof generation === 'string' ? generation : undefined;
    } catch (error) {
      // The copy could not be read in time: it is left alone this time.
      database.close();
      throw error;
    }
    return opened;
  };

  // Without IndexedDB (some private modes), or when it fails: null, and
  // Ladder runs on localStorage alone.
  const opened = open().catch(() => null);
  window.ladderOpenedJournal = () => opened;
})();
