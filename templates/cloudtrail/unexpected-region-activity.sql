-- name: unexpected-region-activity
-- title: "Activity outside the expected regions"
-- description: "Calls in regions you do not use, counted per account, region and action; global services excluded."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   expected: { type: "list<region>", required: true, description: "Regions you use" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT accountid,
       region,
       eventsource,
       eventname,
       COUNT(*) AS calls,
       MIN(eventtime) AS first_seen,
       MAX(eventtime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND region NOT IN ${expected}
  AND eventsource NOT IN ('iam.amazonaws.com', 'sts.amazonaws.com', 'signin.amazonaws.com', 'organizations.amazonaws.com', 'support.amazonaws.com', 'health.amazonaws.com', 'cloudfront.amazonaws.com', 'route53.amazonaws.com', 'globalaccelerator.amazonaws.com')
  AND useridentity.invokedby IS NULL
GROUP BY accountid, region, eventsource, eventname
ORDER BY calls DESC, accountid, region, eventsource, eventname
LIMIT ${limit}
