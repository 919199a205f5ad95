-- name: access-denied
-- title: "Access denied, grouped by caller and action"
-- description: "Calls refused for lack of permission, counted per principal, service, action and error."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT accountid,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventsource,
       eventname,
       errorcode,
       COUNT(*) AS calls,
       MIN(eventtime) AS first_seen,
       MAX(eventtime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND (errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%UnauthorizedOperation%' OR errorcode LIKE '%Forbidden%')
GROUP BY accountid, COALESCE(useridentity.arn, useridentity.invokedby), eventsource, eventname, errorcode
ORDER BY calls DESC, last_seen DESC, accountid, principal, eventsource, eventname, errorcode
LIMIT ${limit}
