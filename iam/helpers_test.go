package iam

import (
	"testing"

	"github.com/denylint/denylint/source"
)

// pol parses a policy for a test; a broken document fails the test.
func pol(t testing.TB, origin, doc string) *Policy {
	t.Helper()
	p, diags := ParsePolicyJSON(origin, origin+".json", []byte(doc), source.Pos{})
	if len(diags) > 0 {
		t.Fatalf("policy %s: %v", origin, diags)
	}
	return p
}

const (
	acctA    = "111111111111"
	acctB    = "222222222222"
	roleA    = "arn:aws:iam::111111111111:role/app"
	roleB    = "arn:aws:iam::222222222222:role/reader"
	bucket   = "arn:aws:s3:::recordings"
	object   = "arn:aws:s3:::recordings/connect/call.wav"
	keyARN   = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"
	allowS3  = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`
	denyS3   = `{"Version":"2012-10-17","Statement":[{"Sid":"NoS3","Effect":"Deny","Action":"s3:*","Resource":"*"}]}`
	allowAll = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`
)

func role(arn, account string) Caller {
	return Caller{ARN: arn, Account: account, Kind: KindRole, UserID: "AROAEXAMPLE:s"}
}
