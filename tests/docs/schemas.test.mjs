// The JSON Schemas in docs/schema/ describe the files a publisher hosts next to the app
// (dxm-config.json, profile packs, a replacement programme rule set). The Rust loaders are the
// source of truth: every real data file must pass its schema, the schemas must reject what the
// loaders reject, and their vocabularies and field lists must not drift from the Rust types and
// the data files.  Run with `node --test tests/docs/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (rel) => fs.readFileSync(path.join(root, rel), 'utf8');
const readJson = (rel) => JSON.parse(read(rel).replace(/^\uFEFF/, ''));
const clone = (v) => structuredClone(v);

// Strict mode on (Rust `Option` fields are `["…", "null"]`, which strict types allow).
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemas = {
  config: readJson('docs/schema/dxm-config.schema.json'),
  pack: readJson('docs/schema/profile-pack.schema.json'),
  programmes: readJson('docs/schema/programmes.schema.json'),
};
const validators = Object.fromEntries(Object.entries(schemas).map(([k, s]) => [k, ajv.compile(s)]));

/** [instancePath, keyword] of every error, for exact comparisons. The items `contains` tried
 * and did not match are left out: only the failing `contains` itself is a problem. */
function errorsOf(kind, data) {
  const validate = validators[kind];
  if (validate(data)) return [];
  return validate.errors.filter((e) => !e.schemaPath.includes('/contains/')).map((e) => [e.instancePath, e.keyword]);
}

function assertValid(kind, data, label) {
  const validate = validators[kind];
  assert.ok(validate(data), `${label}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

const examplePack = readJson('docs/templates/profile-pack-example.json');
const samples = readJson('crates/domain/data/sample_profiles.json');
const programmes = readJson('crates/domain/data/programmes.json');
const config = readJson('assets/dxm-config.json');

test('every schema is a valid draft 2020-12 schema and compiles in strict mode', () => {
  for (const [name, s] of Object.entries(schemas)) {
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
    assert.ok(ajv.validateSchema(s), `${name}: ${ajv.errorsText(ajv.errors)}`);
    assert.equal(typeof validators[name], 'function');
  }
});

test('the real files are valid', () => {
  assertValid('pack', examplePack, 'docs/templates/profile-pack-example.json');
  assertValid('pack', samples, 'crates/domain/data/sample_profiles.json');
  assertValid('programmes', programmes, 'crates/domain/data/programmes.json');
  assertValid('config', config, 'assets/dxm-config.json');
});

test('a skill level outside a/b/c/d/z is rejected at the skill', () => {
  const pack = clone(examplePack);
  pack.profiles[0].skills.BT01 = 'e';
  assert.deepEqual(errorsOf('pack', pack), [['/profiles/0/skills/BT01', 'pattern']]);
});

test('a prefecture code above 47 is rejected at base_prefecture', () => {
  const pack = clone(examplePack);
  pack.profiles[0].base_prefecture = 48;
  assert.deepEqual(errorsOf('pack', pack), [['/profiles/0/base_prefecture', 'maximum']]);
  pack.profiles[0].base_prefecture = 0;
  assert.deepEqual(errorsOf('pack', pack), [['/profiles/0/base_prefecture', 'minimum']]);
});

test('an unknown key in the config is rejected and named', () => {
  for (const key of ['unknown', 'hide_sample']) {
    const validate = validators.config;
    assert.equal(validate({ ...config, [key]: true }), false, key);
    assert.deepEqual(
      validate.errors.map((e) => [e.instancePath, e.keyword, e.params.additionalProperty]),
      [['', 'additionalProperties', key]],
    );
  }
});

test('a pack on another site is rejected at its entry in profile_packs', () => {
  const bad = { ...config, profile_packs: ['packs/ok.json', 'https://evil.example/p.json'] };
  assert.deepEqual(errorsOf('config', bad), [['/profile_packs/1', 'pattern']]);
  assert.deepEqual(errorsOf('config', { programmes: '//evil.example/r.json' }), [
    ['/programmes', 'pattern'],
    ['/programmes', 'type'],
    ['/programmes', 'anyOf'],
  ]);
});

test('an unknown key inside a rule is rejected and named', () => {
  const file = clone(programmes);
  file.programmes[0].rules[0].maximum = 3;
  const validate = validators.programmes;
  assert.equal(validate(file), false);
  assert.deepEqual(
    validate.errors.map((e) => [e.instancePath, e.keyword, e.params.additionalProperty]),
    [['/programmes/0/rules/0', 'additionalProperties', 'maximum']],
  );
});

// Same-site paths: the cases of `is_local_path` in crates/domain/src/pack.rs, plus white space
// and control characters (checked against `parse_config`).
test('the path pattern follows is_local_path', () => {
  const ok = [
    'packs/pool.json', './pool.json', '/pref/packs/pool.json', 'data/2027/rules.json',
    ' packs/a.json ', '\tpacks/a.json', 'packs/a:b.json', '/', '?a=1', 'パック/一覧.json',
  ];
  const bad = [
    'https://evil.example/p.json', '//evil.example/p.json', 'javascript:alert(1)', '', 'C:\\x.json',
    'data:application/json,{}', 'packs/\ta.json', 'a:b/c.json', ' //x', '   ', 'packs\\a.json', 'a\u0000b',
  ];
  for (const p of ok) assert.deepEqual(errorsOf('config', { profile_packs: [p] }), [], JSON.stringify(p));
  for (const p of bad) {
    assert.deepEqual(errorsOf('config', { profile_packs: [p] }), [['/profile_packs/0', 'pattern']], JSON.stringify(p));
  }
});

// What the Rust loaders accept or reject beyond the required cases (each checked against
// `pack_set` / `ProgrammeSet::from_json` / `Catalog::load`).
test('profiles: the schema agrees with the loader on edge cases', () => {
  const base = () => {
    const pack = clone(examplePack);
    pack.profiles = pack.profiles.slice(0, 1);
    return pack;
  };
  const accepted = {
    'upper case and padded levels': (p) => Object.assign(p.skills, { BT01: 'Z', BT03: ' B ' }),
    'unknown keys are ignored': (p) => { p.nickname = 'x'; },
    'null days and period': (p) => Object.assign(p, { days: null, period: null }),
    'optional fields left out': (p) => {
      for (const k of ['days', 'period', 'qualifications', 'track_record', 'summary_ja', 'summary_en']) delete p[k];
    },
    'empty personas, skills and domains': (p) => Object.assign(p, { personas: [], skills: {}, domains: [] }),
    'a programme the rule set may add': (p) => { p.programme = 'hokkaido_pool'; },
    'prefectures coverage': (p) => { p.coverage = { kind: 'prefectures', codes: [1, 47] }; },
  };
  for (const [label, edit] of Object.entries(accepted)) {
    const pack = base();
    edit(pack.profiles[0]);
    assertValid('pack', pack, label);
  }
  const rejected = {
    'lower-case item code': [(p) => { p.skills.bt02 = 'a'; }, [['/profiles/0/skills', 'pattern'], ['/profiles/0/skills', 'propertyNames']]],
    'item code not in the standard': [(p) => { p.skills.BT18 = 'a'; }, [['/profiles/0/skills', 'pattern'], ['/profiles/0/skills', 'propertyNames']]],
    'blank id': [(p) => { p.id = ' \u3000'; }, [['/profiles/0/id', 'pattern']]],
    'unknown persona': [(p) => { p.personas = ['manager']; }, [['/profiles/0/personas/0', 'enum']]],
    'unknown days band': [(p) => { p.days = 'daily'; }, [['/profiles/0/days', 'enum']]],
    'null qualifications': [(p) => { p.qualifications = null; }, [['/profiles/0/qualifications', 'type']]],
    'neither on site nor online': [
      (p) => { p.modes = { onsite: false, online: false }; },
      [['/profiles/0/modes/onsite', 'const'], ['/profiles/0/modes/online', 'const'], ['/profiles/0/modes', 'anyOf']],
    ],
    'regions without ids': [
      (p) => { p.coverage = { kind: 'regions' }; },
      [['/profiles/0/coverage', 'required'], ['/profiles/0/coverage', 'if']],
    ],
    'prefecture 0 in coverage': [
      (p) => { p.coverage = { kind: 'prefectures', codes: [0] }; },
      [['/profiles/0/coverage/codes/0', 'minimum'], ['/profiles/0/coverage', 'if']],
    ],
    'a fractional number': [(p) => { p.experience_years = 1.5; }, [['/profiles/0/experience_years', 'type']]],
    'track_record above u16': [(p) => { p.track_record = 70000; }, [['/profiles/0/track_record', 'maximum']]],
  };
  for (const [label, [edit, expected]] of Object.entries(rejected)) {
    const pack = base();
    edit(pack.profiles[0]);
    assert.deepEqual(errorsOf('pack', pack), expected, label);
  }
  const noFictional = base();
  delete noFictional.fictional;
  assert.deepEqual(errorsOf('pack', noFictional), [['', 'required']]);
});

test('programmes: the schema agrees with the loader on edge cases', () => {
  const accepted = {
    'a rule of a kind the app does not know, worded': (f) => { f.programmes[0].rules.push({ kind: 'days_per_case_with_team', max: 5, ja: '1件につきチーム全体で5日まで' }); },
    'a new programme': (f) => f.programmes.push({ ...clone(f.programmes[0]), id: 'hokkaido_pool' }),
    'a programme the samples do not use left out': (f) => { f.programmes = f.programmes.filter((p) => p.id !== 'dx_advisor'); },
    'a list of the exceptions (②)': (f) => {
      const k = f.programmes.find((p) => p.id === 'kigyojin');
      k.eligibility.exceptions = { lgcodes: [282090], as_of: '2026-04-01', source: k.sources[0].id };
    },
    'a source known only by its title': (f) => { f.programmes[0].sources[0].url = ''; },
  };
  for (const [label, edit] of Object.entries(accepted)) {
    const file = clone(programmes);
    edit(file);
    assertValid('programmes', file, label);
  }
  const rejected = {
    'no sources': [(f) => { f.programmes[0].sources = []; }, [['/programmes/0/sources', 'minItems']]],
    'implausible fiscal year': [(f) => { f.programmes[0].fiscal_year = 1999; }, [['/programmes/0/fiscal_year', 'minimum']]],
    'as_of not a date': [(f) => { f.as_of = '2024/02/01'; }, [['/as_of', 'pattern']]],
    'another format': [(f) => { f.schema = 3; }, [['/schema', 'const']]],
    'an unknown status': [(f) => { f.programmes[0].rules[0].status = 'maybe'; }, [['/programmes/0/rules/0/status', 'enum']]],
    'a known kind without its bound': [(f) => { delete f.programmes[0].rules[0].max; }, [['/programmes/0/rules/0', 'required'], ['/programmes/0/rules/0', 'if']]],
    'an unknown kind without words': [
      (f) => { f.programmes[0].rules.push({ kind: 'mystery' }); },
      [['/programmes/0/rules/4', 'required'], ['/programmes/0/rules/4', 'if']],
    ],
    'unknown municipality scope': [
      (f) => { f.programmes[0].eligibility.municipality_scope = 'none'; },
      [['/programmes/0/eligibility/municipality_scope', 'enum']],
    ],
    'a programme of the samples left out': [
      (f) => { f.programmes = f.programmes.filter((p) => p.id !== 'pref_pool'); },
      [['/programmes', 'contains']],
    ],
    'a key the loader does not know': [(f) => { f.programmes[0].limits = {}; }, [['/programmes/0', 'additionalProperties']]],
  };
  for (const [label, [edit, expected]] of Object.entries(rejected)) {
    const file = clone(programmes);
    edit(file);
    assert.deepEqual(errorsOf('programmes', file), expected, label);
  }
});

// --- Drift guards: the schemas' vocabularies and field lists follow the data and the Rust types.

const defs = schemas.pack.$defs;
const ids = (list) => list.map((x) => x.id);

test('vocabularies match the data files', () => {
  const presets = readJson('crates/domain/data/presets.json');
  const vocabulary = readJson('crates/domain/data/vocabulary.json');
  const regions = readJson('crates/domain/data/regions.json');
  const profile = defs.profile.properties;
  assert.deepEqual(defs.personaId.enum, ids(presets.personas));
  assert.deepEqual(defs.domainId.enum, ids(presets.domains));
  assert.deepEqual(profile.affiliation.enum, ids(vocabulary.affiliations));
  assert.deepEqual(profile.qualifications.items.enum, ids(vocabulary.qualifications));
  const regionThen = defs.coverage.allOf.find((b) => b.if.properties.kind.const === 'regions').then;
  assert.deepEqual(regionThen.properties.ids.items.enum, ids(regions.regions));
  const programmeIds = ids(programmes.programmes);
  assert.deepEqual(profile.programme.examples, programmeIds);
  assert.deepEqual(schemas.programmes.$defs.programme.properties.id.examples, programmeIds);
  // A replacement rule set must keep the programmes of the built-in samples (Catalog::load).
  const needed = schemas.programmes.properties.programmes.allOf.map((b) => b.contains.properties.id.const);
  assert.deepEqual(needed, [...new Set(samples.profiles.map((p) => p.programme))].sort());
  assert.equal(read('crates/domain/data/prefectures.csv').trim().split('\n').length - 1, defs.profile.properties.base_prefecture.maximum);
});

test('the item code pattern matches exactly the items of the skill standard', () => {
  const standard = readJson('crates/domain/data/skill_standard.json');
  const items = standard.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items.map((i) => i.id)));
  const prefixes = [...new Set(items.map((id) => id.slice(0, 2)))];
  const candidates = prefixes.flatMap((p) => Array.from({ length: 100 }, (_, n) => p + String(n).padStart(2, '0')));
  const re = new RegExp(defs.itemCode.pattern, 'u');
  assert.deepEqual(candidates.filter((c) => re.test(c)), [...items].sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b)));
  assert.ok(!re.test('bt01') && !re.test(' BT01') && !re.test('BT1'));
});

/** Field names of a Rust struct: [{ name, required }] plus whether it denies unknown fields. */
function rustStruct(file, name) {
  const src = read(file);
  const start = src.indexOf(`pub struct ${name} {`) >= 0 ? src.indexOf(`pub struct ${name} {`) : src.indexOf(`struct ${name} {`);
  assert.ok(start >= 0, `struct ${name} in ${file}`);
  const head = src.slice(src.lastIndexOf('#[derive', start), start);
  const body = src.slice(start, src.indexOf('\n}', start));
  const fields = [];
  let attrs = '';
  for (const line of body.split('\n').slice(1)) {
    const t = line.trim();
    if (t.startsWith('#[')) attrs += t;
    const m = /^(?:pub(?:\([a-z]+\))? )?([a-z_][a-z0-9_]*): (.+),$/.exec(t);
    if (m) {
      const rename = /rename = "([^"]+)"/.exec(attrs);
      fields.push({ name: rename ? rename[1] : m[1], required: !attrs.includes('default') && !m[2].startsWith('Option<') });
      attrs = '';
    } else if (!t.startsWith('#[')) {
      if (!t.startsWith('//')) attrs = '';
    }
  }
  return { fields, denyUnknown: head.includes('deny_unknown_fields') };
}

test('field lists, required fields and unknown-key handling follow the Rust types', () => {
  const P = schemas.programmes.$defs;
  const pairs = [
    ['crates/domain/src/pack.rs', 'PackConfig', schemas.config],
    ['crates/domain/src/profile.rs', 'ProfileFile', schemas.pack],
    ['crates/domain/src/profile.rs', 'ProfileRecord', defs.profile],
    ['crates/domain/src/programme.rs', 'Modes', defs.profile.properties.modes],
    ['crates/domain/src/programme.rs', 'Modes', P.programme.properties.modes],
    ['crates/domain/src/programme.rs', 'Programme', P.programme],
    ['crates/domain/src/programme.rs', 'Rule', P.rule],
    ['crates/domain/src/programme.rs', 'Quote', P.quote],
    ['crates/domain/src/programme.rs', 'Eligibility', P.eligibility],
    ['crates/domain/src/programme.rs', 'ExceptionList', P.exceptions],
    ['crates/domain/src/programme.rs', 'Note', P.note],
    ['crates/domain/src/programme.rs', 'FitHints', P.fit],
    ['crates/domain/src/programme.rs', 'SourceRef', P.source],
  ];
  for (const [file, name, schema] of pairs) {
    const { fields, denyUnknown } = rustStruct(file, name);
    assert.deepEqual(Object.keys(schema.properties).sort(), fields.map((f) => f.name).sort(), `${name}: fields`);
    assert.deepEqual([...(schema.required ?? [])].sort(), fields.filter((f) => f.required).map((f) => f.name).sort(), `${name}: required`);
    assert.equal(schema.additionalProperties === false, denyUnknown, `${name}: unknown keys`);
  }
  // Enums serialised in snake_case.
  const variants = (file, name) => {
    const src = read(file);
    const start = src.indexOf(`pub enum ${name} {`);
    const body = src.slice(start, src.indexOf('\n}', start));
    return [...body.matchAll(/^\s{4}([A-Z][A-Za-z0-9]*)\b/gm)].map((m) => m[1].replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase());
  };
  const profile = defs.profile.properties;
  assert.deepEqual(profile.days.enum.filter((v) => v !== null), variants('crates/domain/src/profile.rs', 'DaysBand'));
  assert.deepEqual(profile.period.enum.filter((v) => v !== null), variants('crates/domain/src/profile.rs', 'PeriodBand'));
  assert.deepEqual(defs.coverage.properties.kind.enum, variants('crates/domain/src/profile.rs', 'Coverage'));
  assert.deepEqual(P.eligibility.properties.applicants.items.enum, variants('crates/domain/src/programme.rs', 'Applicant'));
  assert.deepEqual(P.eligibility.properties.municipality_scope.enum, variants('crates/domain/src/programme.rs', 'MunicipalityScope'));
  assert.deepEqual(P.rule.properties.status.enum, variants('crates/domain/src/programme.rs', 'Status'));
  assert.deepEqual(P.step.properties.kind.enum, variants('crates/domain/src/programme.rs', 'StepKind'));
  assert.deepEqual(P.step.properties.contact.enum, variants('crates/domain/src/programme.rs', 'Contact'));
  assert.deepEqual(P.programme.properties.coverage_default.enum, variants('crates/domain/src/programme.rs', 'CoverageDefault'));
  assert.deepEqual(P.fit.properties.without_field_group.enum, variants('crates/domain/src/fit.rs', 'Fit'));
  assert.deepEqual(Object.values(profile.basis.additionalProperties.enum), variants('crates/domain/src/profile.rs', 'Basis'));
  // The rule kinds the schema names are the kinds the engine knows (RuleKind::id).
  const kinds = [...read('crates/domain/src/programme.rs').matchAll(/RuleKind::[A-Za-z]+ => "([a-z_]+)"/g)].map((m) => m[1]);
  assert.deepEqual(P.rule.properties.kind.examples, kinds);
  // The step's fields: its own and those of a note (flattened in Rust).
  const step = rustStruct('crates/domain/src/programme.rs', 'Step').fields.map((f) => f.name).filter((n) => n !== 'note');
  const note = rustStruct('crates/domain/src/programme.rs', 'Note').fields.map((f) => f.name);
  assert.deepEqual(Object.keys(P.step.properties).sort(), [...step, ...note].sort());
});
