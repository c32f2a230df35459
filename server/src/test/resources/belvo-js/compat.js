// Drives Belvo's official Node SDK (belvo@0.28.0), unchanged, against a Ponte server.
// Environment: PONTE_URL, PONTE_SECRET_ID, PONTE_SECRET_PASSWORD. Prints one line per check; exits 1 on failure.
'use strict';
const Client = require('belvo').default;
const assert = require('assert');

const url = process.env.PONTE_URL;
const id = process.env.PONTE_SECRET_ID;
const password = process.env.PONTE_SECRET_PASSWORD;

async function rejected(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function check(name, body) {
  await body();
  console.log('ok ' + name);
}

async function main() {
  await check('connect with a wrong password fails', async () => {
    const error = await rejected(new Client(id, 'not-the-password', url).connect());
    assert.strictEqual(error.message, 'Login failed.');
  });

  const client = new Client(id, password, url);
  await check('connect', () => client.connect());

  await check('institutions list and detail', async () => {
    const ten = await client.institutions.list({ limit: 10 });
    assert.strictEqual(ten.length, 10);
    const all = await client.institutions.list();
    assert.strictEqual(all.length, 15);
    const erebor = await client.institutions.detail(1003);
    assert.strictEqual(erebor.name, 'erebor_mx_retail');
  });

  let link;
  await check('register a link', async () => {
    link = await client.links.register('erebor_mx_retail', 'bnk100', 'full', { externalId: 'sdk-check' });
    assert.strictEqual(link.status, 'valid');
    assert.strictEqual(link.external_id, 'sdk-check');
  });

  await check('register with a bad password', async () => {
    const error = await rejected(client.links.register('erebor_mx_retail', 'user_invalid', 'pass_invalid'));
    assert.strictEqual(error.statusCode, 400);
    assert.strictEqual(error.detail[0].code, 'login_error');
  });

  await check('register with MFA and resume', async () => {
    const error = await rejected(client.links.register('heimdall_mx_retail', 'mfa_default', 'pass_valid'));
    assert.strictEqual(error.statusCode, 428);
    const challenge = error.detail[0];
    assert.strictEqual(challenge.code, 'token_required');
    const resumed = await client.links.resume(challenge.session, '111111', challenge.link);
    assert.strictEqual(resumed.status, 'valid');
    assert.strictEqual(resumed.id, challenge.link);
  });

  await check('accounts retrieve and list', async () => {
    const accounts = await client.accounts.retrieve(link.id);
    assert.ok(accounts.length >= 2);
    const listed = await client.accounts.list({ filters: { link: link.id } });
    assert.strictEqual(listed.length, accounts.length);
  });

  await check('owners retrieve and list', async () => {
    const owners = await client.owners.retrieve(link.id);
    assert.strictEqual(owners.length, 1);
    const listed = await client.owners.list({ filters: { link: link.id } });
    assert.strictEqual(listed.length, 1);
  });

  await check('transactions retrieve and list with a filter, following next', async () => {
    // two years of history: more rows than one page can hold (page_size is clamped to 1000)
    const from = new Date(Date.now() - 730 * 86400000).toISOString().slice(0, 10);
    const transactions = await client.transactions.retrieve(link.id, from);
    assert.ok(transactions.length > 1000, 'expected more than one page, got ' + transactions.length);
    const inflows = transactions.filter((t) => t.type === 'INFLOW').length;
    const listed = await client.transactions.list({ limit: 5000, filters: { link: link.id, type: 'INFLOW' } });
    assert.strictEqual(listed.length, inflows);
    listed.forEach((t) => assert.strictEqual(t.type, 'INFLOW'));
    // more than one page: the server clamps page_size to 1000 and the SDK follows `next`
    const everything = await client.transactions.list({ limit: 5000, filters: { link: link.id } });
    assert.strictEqual(everything.length, transactions.length);
  });

  await check('enrichment: incomes, recurring expenses and risk insights from the transactions', async () => {
    const income = await client.incomes.retrieve(link.id);
    assert.strictEqual(income.link, link.id);
    assert.ok(income.number_of_income_streams >= 1, 'the full user is paid a salary');
    assert.strictEqual(income.income_streams.length, income.number_of_income_streams);
    const recurring = await client.recurringExpense.retrieve(link.id);
    assert.ok(Array.isArray(recurring) && recurring.length >= 1, 'the full user has recurring expenses');
    recurring.forEach((expense) => assert.ok(expense.transactions.length >= 2));
    const risk = await client.riskInsights.retrieve(link.id);
    assert.strictEqual(risk.link, link.id);
    assert.ok(risk.transactions_metrics && risk.balances_metrics && risk.cashflow_metrics);
  });

  await check('fiscal: invoices, tax status, tax compliance status and tax returns', async () => {
    const sat = await client.links.register('tatooine_mx_retail', 'fiscal100', 'full');
    assert.strictEqual(sat.status, 'valid');
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 364 * 86400000).toISOString().slice(0, 10);
    const invoices = await client.invoices.retrieve(sat.id, from, to, 'INFLOW', { attachXML: true });
    assert.ok(invoices.length > 12, 'expected a year of invoices, got ' + invoices.length);
    invoices.forEach((invoice) => {
      assert.strictEqual(invoice.type, 'INFLOW');
      assert.ok(invoice.xml.includes('UUID="' + invoice.invoice_identification + '"'));
    });
    const listed = await client.invoices.list({ limit: 5000, filters: { link: sat.id } });
    assert.strictEqual(listed.length, invoices.length);
    const status = await client.taxStatus.retrieve(sat.id);
    assert.strictEqual(status.tax_payer_information.rfc, invoices[0].receiver_id);
    const compliance = await client.taxComplianceStatus.retrieve(sat.id, { attachPDF: true });
    assert.strictEqual(compliance.rfc, invoices[0].receiver_id);
    assert.ok(Buffer.from(compliance.pdf, 'base64').toString('latin1').startsWith('%PDF-'));
    const year = String(new Date().getUTCFullYear() - 1);
    const returns = await client.taxReturns.retrieve(sat.id, year, year);
    assert.strictEqual(returns.length, 1);
    assert.strictEqual(returns[0].informacion_general.ejercicio, Number(year));
    assert.strictEqual(returns[0].informacion_general.rfc, invoices[0].receiver_id);
  });

  await check('detail of an unknown id is a 404', async () => {
    const error = await rejected(client.accounts.detail('6b3dea0f-be29-49d1-aabe-8b5a3c9a2f10'));
    assert.strictEqual(error.statusCode, 404);
    assert.strictEqual(error.detail[0].code, 'not_found');
  });

  await check('employment records retrieve and list', async () => {
    const worker = await client.links.register('planet_mx_retail', 'gig100', 'full');
    const records = await client.employmentRecords.retrieve(worker.id, { attachPDF: false });
    assert.strictEqual(records.length, 1);
    const history = records[0].employment_records;
    assert.ok(history.length >= 1 && history[0].end_date === null, 'the full worker has a current job');
    assert.ok(Math.abs(history[0].monthly_salary - history[0].most_recent_base_salary * 30.4) < 0.01);
    const listed = await client.employmentRecords.list({ filters: { link: worker.id } });
    assert.deepStrictEqual(listed.map((r) => r.id), records.map((r) => r.id));
    assert.deepStrictEqual(await client.employmentRecords.detail(records[0].id), listed[0]);
  });

  await check('widget tokens: a new link, and update mode for an existing one', async () => {
    const fresh = await client.widgetToken.create();
    assert.ok(fresh.access && fresh.refresh && fresh.access !== fresh.refresh);
    const session = await fetch(url + '/widget/api/session/', { headers: { Authorization: 'Bearer ' + fresh.access } });
    assert.strictEqual(session.status, 200);
    assert.strictEqual((await session.json()).update_link, null);
    const update = await client.widgetToken.create({ link: link.id, scopes: 'read_institutions,write_links,read_links' });
    const updating = await fetch(url + '/widget/api/session/', { headers: { Authorization: 'Bearer ' + update.access } });
    assert.strictEqual((await updating.json()).update_link.id, link.id);
    const page = await fetch(url + '/widget/?access_token=' + fresh.access);
    assert.strictEqual(page.status, 200);
  });

  await check('delete the link', async () => {
    assert.strictEqual(await client.links.delete(link.id), true);
    const error = await rejected(client.links.detail(link.id));
    assert.strictEqual(error.statusCode, 404);
    const accounts = await client.accounts.list({ filters: { link: link.id } });
    assert.strictEqual(accounts.length, 0);
  });
}

main().then(
  () => console.log('all checks passed'),
  (error) => {
    console.error('FAILED: ' + (error.stack || error) + (error.detail ? ' ' + JSON.stringify(error.detail) : ''));
    process.exit(1);
  },
);
