package report

import (
	"bytes"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// readTestdata serves the files under testdata/src the way the CLI serves
// the working directory.
func readTestdata(path string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", "src", filepath.FromSlash(path)))
}

// loc builds a location, with byte offsets when the file is in testdata.
func loc(path string, sl, sc, el, ec int) finding.Location {
	l := finding.Location{Path: path, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}
	if data, err := readTestdata(path); err == nil {
		l.StartByte, l.EndByte = byteAt(data, sl, sc), byteAt(data, el, ec)
	}
	return l
}

// byteAt converts a 1-based line and character column to a byte offset.
func byteAt(data []byte, line, col int) int {
	off := 0
	for n := 1; n < line; n++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	for c := 1; c < col && off < len(data); c++ {
		_, size := utf8.DecodeRune(data[off:])
		off += size
	}
	return off
}

// unknown spells an unknown-value token the way iam.Unknown does.
func unknown(name string) string { return "\uE000" + name + "\uE001" }

var connectRole = "arn:aws:iam::" + unknown("current account") +
	":role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_" + unknown("instance suffix")

// fixture is the fixed Result every golden file prints: an error with
// related locations, a warning that depends on an unknown, a suppressed
// note, a diagnostic with a snippet and one whose file is gone, and a rule
// without findings.
func fixture() *finding.Result {
	return &finding.Result{
		Findings: []finding.Finding{
			{
				RuleID:    "DL001",
				RootCause: "bucket_policy",
				Severity:  source.Error,
				Message: connectRole + " is not authorized to perform: s3:PutObject on resource: " +
					"arn:aws:s3:::acme-connect-recordings/connect/recordings/* " +
					"with an explicit deny in a resource-based policy",
				Principal: connectRole,
				Action:    "s3:PutObject",
				Resource:  "arn:aws:s3:::acme-connect-recordings/connect/recordings/*",
				DeniedBy:  "bucket_policy",
				Fix: "Exempt the Amazon Connect service-linked role from the Deny, " +
					"for example with aws:PrincipalArn in ArnNotLike",
				Address:  "aws_s3_bucket_policy.recordings",
				Location: loc("infra/s3.tf", 10, 7, 19, 8),
				Related: []finding.Related{
					{Location: loc("infra/connect.tf", 8, 1, 23, 2),
						Message: "Amazon Connect writes call recordings here as its service-linked role"},
					{Location: loc("infra/s3.tf", 17, 11, 17, 67),
						Message: "the writer cannot meet this condition: Connect does not come through vpce-0a1b2c3d"},
				},
				Fingerprint: "5c1e0b7a9f3d2e41",
			},
			{
				RuleID:    "DL007",
				RootCause: "kms_key_policy",
				Severity:  source.Warning,
				Message: unknown("var.deployer_role_arn") + " may not be authorized to perform: " +
					"kms:CreateGrant on resource: aws_kms_key.recordings because no statement in the key policy allows it",
				Principal:   unknown("var.deployer_role_arn"),
				Action:      "kms:CreateGrant",
				Resource:    "aws_kms_key.recordings",
				DeniedBy:    "kms_key_policy",
				Fix:         "Allow kms:CreateGrant to the deploying principal, or delegate to the account root",
				Address:     "aws_kms_key.recordings",
				Location:    loc("infra/kms.tf", 14, 9, 14, 65),
				Related:     []finding.Related{{Location: loc("infra/connect.tf", 17, 7, 20, 8), Message: "Connect creates a grant on this key with the deployer's permissions"}},
				Unknowns:    []string{"var.deployer_role_arn"},
				Fingerprint: "a09b4c7d11e2f380",
			},
			{
				RuleID:      "DL015",
				RootCause:   "object_ownership",
				Severity:    source.Note,
				Message:     "bucket LogsBucket keeps ACLs enabled",
				Resource:    "LogsBucket",
				DeniedBy:    "object_ownership",
				Fix:         "Set OwnershipControls to BucketOwnerEnforced",
				Address:     "LogsBucket",
				Location:    loc("templates/app stack.yaml", 2, 3, 7, 24),
				Related:     []finding.Related{},
				Note:        "CDK construct path: AppStack/LogsBucket/Resource",
				Fingerprint: "77f0e3d2c1b0a998",
				Suppression: &finding.Suppression{Kind: "inSource", Justification: "the legacy log shipper still writes with ACLs"},
			},
		},
		Diagnostics: []finding.Diagnostic{
			{
				Severity: source.Error,
				Summary:  "Tab in indentation",
				Detail:   "YAML does not allow tabs for indentation; use spaces.\nThe rest of this template was not loaded.",
				Location: loc("templates/app stack.yaml", 5, 1, 5, 2),
			},
			{
				Severity: source.Warning,
				Summary:  "Remote module not loaded: terraform-aws-modules/vpc/aws, version 5.1",
				Detail:   "Its outputs are unknown, so 100% certainty is not possible for what depends on them.",
				Location: loc("infra/main.tf", 3, 1, 6, 2),
			},
		},
		Rules:        fixtureRules(),
		FilesScanned: 4,
	}
}

func fixtureRules() []finding.Rule {
	return []finding.Rule{
		{ID: "DL001", Title: "Connect recording writer refused by the bucket policy",
			Description: "A Deny in the bucket policy matches the role Amazon Connect writes recordings as. Calls are recorded but never stored.",
			Severity:    source.Error, RootCause: "bucket_policy",
			Remediation: "Exempt the Connect service-linked role from the Deny statement.",
			Related:     []string{"https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html"}},
		{ID: "DL007", Title: "Deployer cannot create the Connect grant on the recording key",
			Description: "Connect creates a KMS grant with the deploying principal's permissions; without kms:CreateGrant the association fails.",
			Severity:    source.Warning, RootCause: "kms_key_policy",
			Remediation: "Allow kms:CreateGrant to the deployer in the key policy.",
			HelpURI:     "https://denylint.example/rules/DL007"},
		{ID: "DL015", Title: "Bucket keeps ACLs enabled",
			Description: "With ACLs enabled, objects written by another account stay owned by it and the bucket owner gets 403 on read.",
			Severity:    source.Note, RootCause: "object_ownership",
			Remediation: "Enforce bucket-owner object ownership."},
		{ID: "DL020", Title: "SCP denies the recording write",
			Description: "A service control policy denies s3:PutObject to the writer.",
			Severity:    source.Error, RootCause: "scp",
			Remediation: "Exclude the writer from the SCP statement."},
	}
}
