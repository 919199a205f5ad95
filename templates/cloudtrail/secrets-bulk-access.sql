-- name: secrets-bulk-access
-- title: "Many secrets read by one principal"
-- description: "Principals that read at least `threshold` distinct Secrets Manager secrets in the period."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:     { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:       { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts:  { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:   { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   threshold: { type: int, default: "10", description: "Minimum distinct secrets" }
--   limit:     { type: int, default: "1000", description: "Most rows to return" }
SELECT accountid,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       COUNT(DISTINCT json_extract_scalar(requestparameters, '$.secretId')) AS secrets,
       COUNT(*) AS calls,
       MIN(eventtime) AS first_seen,
       MAX(eventtime) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 'secretsmanager.amazonaws.com'
  AND eventname IN ('GetSecretValue', 'BatchGetSecretValue')
  AND errorcode IS NULL
GROUP BY accountid, COALESCE(useridentity.arn, useridentity.invokedby)
HAVING COUNT(DISTINCT json_extract_scalar(requestparameters, '$.secretId')) >= ${threshold}
ORDER BY secrets DESC, calls DESC, accountid, principal
LIMIT ${limit}
