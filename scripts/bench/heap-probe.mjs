// Preloaded into the bench's API server (`node --expose-gc --import`), never in production: on
// SIGUSR2 it collects garbage and prints the heap still in use, so the bench tells a leak from the
// collector's sawtooth (resident memory rises and falls with it). Plain JavaScript: the server it
// joins runs compiled, without tsx.
process.on('SIGUSR2', () => {
  globalThis.gc();
  process.stdout.write(`heap after gc: ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(1)} MB\n`);
});
