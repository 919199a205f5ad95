-- name: event-volume-summary
-- title: "Event volume by account, region and action"
-- description: "How many events of each kind, with error counts: a first look at an unfamiliar period."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT accountid,
       region,
       eventsource,
       eventname,
       COUNT(*) AS events,
       COUNT(errorcode) AS errors,
       MIN(eventtime) AS first_seen,
       MAX(eventtime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
GROUP BY accountid, region, eventsource, eventname
ORDER BY events DESC, accountid, region, eventsource, eventname
LIMIT ${limit}
