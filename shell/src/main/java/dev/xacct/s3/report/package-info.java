/**
 * A {@code Diagnosis} for people and programs: {@link dev.xacct.s3.report.DiagnosisTextRenderer}
 * (the text report, data made visible) and {@link dev.xacct.s3.report.DiagnosisJsonWriter}
 * (the JSON of {@code formats.md}). Pure.
 *
 * <p>May import: {@code s3.authz}, {@code s3.evidence}, Jackson.
 */
package dev.xacct.s3.report;
