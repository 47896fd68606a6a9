// The OKR coach beside an objective: its findings with their reasons and a
// fix, never in the way of saving.
import { test, expect, openApp, expectSaved, expectNoSeriousViolations } from './helpers.js';
import { addKeyResult, addPerson, newObjective, startEmpty } from './okr.js';

test('an objective with six key results, one of them output-style, shows both findings with reasons', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Acme');
  await addPerson(page, 'Ada Lovelace');
  await newObjective(page, { title: 'Win the DACH market', unit: 'Acme', lead: 'Ada Lovelace' });
  const coach = page.getByRole('complementary', { name: 'Coach' });
  await expect(coach).toContainText('This objective: Without a key result there is no way to tell');

  const outcomes = [
    ['Reduce churn from 5% to 3%', '5', '3'],
    ['Grow ARR from €2M to €3M', '2', '3'],
    ['Raise NPS from 30 to 45', '30', '45'],
    ['Cut first-response time from 8h to 2h', '8', '2'],
    ['Win 20 new customers in Germany', '0', '20'],
  ];
  for (const [title, start, target] of outcomes) {
    await addKeyResult(page, { title, start, target });
  }
  // Five key results that each name a result: nothing to say.
  await expect(coach).toHaveCount(0);

  await addKeyResult(page, { title: 'Publish 10 blog posts', start: '0', target: '10', unit: 'posts' });
  await expect(coach).toContainText('This objective: 6 key results: with more than 5, an objective is measured by too many numbers to focus on.');
  await expect(coach).toContainText('“Publish 10 blog posts”: It counts blog posts, which measures effort, not the result they should bring.');
  await expect(coach).toContainText('Try this: Name the result the work should move and by how much');
  await expect(coach.getByText('Warning')).toHaveCount(2);
  await expectSaved(page);
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: test.info().outputPath('coach-objective.png'), fullPage: true });
});
