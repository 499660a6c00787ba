// Hostile input, in seconds: mutated real reports, built reports with odd figures in their cells and random text
// through the check and fix-all; random edit sequences through the server's document; hostile files of every shape
// through every reader. What must hold is in test/support/hostileProperties.ts and editSequences.ts, the cases in
// hostileReports.ts and hostileFiles.ts: the bench's long run (bench/longRun.mjs, part 20) draws many more of the
// same. GOVREPORT_FUZZ_RUNS sets how many here.
import fc from 'fast-check';
import { editSequence, serverFollowsEdits } from '../support/editSequences';
import { FILE_SHAPES, fileSamples } from '../support/hostileFiles';
import { fileHoldsUp, messagesHoldUp, textHoldsUp } from '../support/hostileProperties';
import { mutatedReport, plantedReport, randomText } from '../support/hostileReports';

const RUNS = Number(process.env.GOVREPORT_FUZZ_RUNS ?? 300);

describe('fuzz: hostile input through the checker, the server\'s document and the readers', () => {
  it(`${(RUNS * 2) / 3} mutated real reports: checked in both languages, fixed as a document and as one report; nothing thrown, every place in the text, fix-all idempotent`, () => {
    fc.assert(
      fc.property(mutatedReport, (text) => {
        textHoldsUp({ text, lang: 'zh', asOneReport: true });
        messagesHoldUp(text, 'en');
      }),
      { numRuns: (RUNS * 2) / 3 },
    );
  }).timeout(120_000);

  it(`${RUNS} reports with odd figures planted in their cells: exact messages, fixes that keep every line, fix-all idempotent`, () => {
    fc.assert(fc.property(plantedReport, (text) => void textHoldsUp({ text, lang: 'zh', asOneReport: true })), { numRuns: RUNS });
  }).timeout(120_000);

  it(`${RUNS * 4} random texts of any characters: checked and fixed, nothing thrown`, () => {
    fc.assert(fc.property(randomText, (text) => void textHoldsUp({ text, lang: 'en', asOneReport: true })), { numRuns: RUNS * 4 });
  }).timeout(120_000);

  it(`${RUNS / 3} random edit sequences (a writer's edits and a careless client's changes): the server's text as the library's, its diagnostics a fresh parse's`, () => {
    fc.assert(fc.property(editSequence, serverFollowsEdits), { numRuns: RUNS / 3 });
  }).timeout(120_000);

  for (const shape of FILE_SHAPES) {
    it(`files, ${shape.name} (${shape.what}): read or refused with a ReaderError, what is read checked and fixed soundly`, async () => {
      await fc.assert(fc.asyncProperty(shape.arbitrary(fileSamples()), async (f) => void (await fileHoldsUp(f))), { numRuns: Math.max(10, RUNS / 15) });
    }).timeout(120_000);
  }
});
