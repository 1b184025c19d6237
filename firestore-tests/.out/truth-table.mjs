// src/app/domain/model.ts
var PERIOD_STATES = ["planned", "open", "closed"];
var REPORT_STATUSES = ["not-started", "on-track", "at-risk", "off-track", "completed"];
var GOAL_STATUSES = [...REPORT_STATUSES, "not-reported"];
var REPORT_STATES = ["draft", "submitted", "approved", "returned"];

// src/app/domain/policy-truth-table.ts
var WHO = {
  admin: { role: "admin", ownDepartment: true },
  strategist: { role: "strategist", ownDepartment: true },
  committee: { role: "committee", ownDepartment: true },
  "reporter:own": { role: "reporter", ownDepartment: true },
  "reporter:other": { role: "reporter", ownDepartment: false }
};
var EVERYONE = ["admin", "strategist", "committee", "reporter:own", "reporter:other"];
var ACTIONS = ["read", "create", "update", "delete", "submit", "approve", "return", "reopen"];
var CRUD = ["create", "update", "delete"];
function reportRows() {
  const allowed = /* @__PURE__ */ new Set();
  const allow = (who, action, states, periods) => {
    for (const s of states) for (const p of periods) allowed.add(`${who}|${action}|${s}|${p}`);
  };
  for (const who of ["admin", "strategist", "reporter:own"])
    allow(who, "read", REPORT_STATES, PERIOD_STATES);
  for (const who of ["committee", "reporter:other"])
    allow(who, "read", ["submitted", "approved"], PERIOD_STATES);
  allow("reporter:own", "create", ["draft"], ["open"]);
  for (const action of ["update", "submit"])
    allow("reporter:own", action, ["draft", "returned"], ["open"]);
  allow("strategist", "approve", ["submitted"], ["open"]);
  allow("strategist", "return", ["submitted"], ["open"]);
  allow("strategist", "reopen", ["approved"], ["open"]);
  const rows = [];
  for (const who of EVERYONE)
    for (const action of ACTIONS)
      for (const state of REPORT_STATES)
        for (const periodState of PERIOD_STATES)
          rows.push({
            who,
            action,
            resource: { kind: "reports", state, periodState },
            allowed: allowed.has(`${who}|${action}|${state}|${periodState}`)
          });
  return rows;
}
function structureRows() {
  const rows = [];
  const writers = [
    ["focusAreas", ["strategist"]],
    ["goals", ["strategist"]],
    ["indicators", ["strategist"]],
    ["activities", ["strategist"]],
    ["measurements", ["strategist"]],
    ["periods", ["strategist"]],
    ["departments", ["admin"]],
    ["members", ["admin"]],
    ["audit", []]
  ];
  for (const [kind, canWrite] of writers) {
    for (const who of EVERYONE) {
      for (const action of ["read", ...CRUD, "submit", "approve"]) {
        const read = kind === "audit" ? who === "admin" || who === "strategist" : true;
        rows.push({
          who,
          action,
          resource: { kind },
          allowed: action === "read" ? read : CRUD.includes(action) && canWrite.includes(who)
        });
      }
    }
  }
  for (const planStatus of ["draft", "adopted", "archived"]) {
    for (const who of EVERYONE) {
      for (const action of ["read", ...CRUD]) {
        const allowed = action === "read" ? planStatus !== "draft" || who === "admin" || who === "strategist" : who === "strategist";
        rows.push({ who, action, resource: { kind: "plans", planStatus }, allowed });
      }
    }
  }
  return rows;
}
var POLICY_TRUTH_TABLE = [...reportRows(), ...structureRows()];
export {
  POLICY_TRUTH_TABLE,
  WHO
};
