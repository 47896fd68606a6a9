// Opens the journal's IndexedDB copy (storage/journal.rs) and reads its
// generation as soon as the page loads the app's JavaScript, which imports
// this module before the wasm module is compiled. IndexedDB answers in
// another process, 20-30 ms after it is asked; asked here, the answer is
// waiting when the app starts, instead of the app waiting for it before it
// can read localStorage and draw anything.
//
// The names and limits are journal.rs's: it reads what this resolves to and
// does all the rest (comparing generations, restoring, rewriting).

const DATABASE = 'ladder';
const VERSION = 1;
const STORE = 'local-storage';
const GENERATION_KEY = 'ladder.generation';
/** How long start-up waits for IndexedDB before going on without it
 * (WebKit has been seen never to answer a first open). */
const OPEN_TIMEOUT_MS = 1500;
/** How long start-up waits for the copy's generation. */
const READ_TIMEOUT_MS = 5000;

/** A request's result once it succeeds; rejected when it fails, is blocked or is late. */
function answer(request, timeoutMs) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = reject;
    request.onblocked = reject;
    setTimeout(reject, timeoutMs);
  });
}

async function open() {
  const request = indexedDB.open(DATABASE, VERSION);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  const database = await answer(request, OPEN_TIMEOUT_MS);
  request.onupgradeneeded = null;
  const opened = { database, generation: undefined };
  // A later version of Ladder upgrading the database in another tab must
  // not wait on this page: it closes, and this page copies nothing.
  database.onversionchange = () => {
    database.close();
    opened.database = null;
  };
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
}

// Without IndexedDB (some private modes), or when it fails: null, and
// Ladder runs on localStorage alone.
const opened = open().catch(() => null);

/** `{ database, generation }` (the copy's generation as stored, if any), or null. */
export function openedJournal() {
  return opened;
}
