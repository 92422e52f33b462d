package access

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/iam"
)

const denyAllButAdmin = `{"Version":"2012-10-17","Statement":[
 {"Sid":"OnlyAdmin","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::rec","arn:aws:s3:::rec/*"],
  "Condition":{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/admin"}}}]}`

const denyAllButAdminAndRoot = `{"Version":"2012-10-17","Statement":[
 {"Sid":"OnlyAdmin","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::rec","arn:aws:s3:::rec/*"],
  "Condition":{"ArnNotEquals":{"aws:PrincipalArn":["arn:aws:iam::111122223333:role/admin","arn:aws:iam::111122223333:root"]}}}]}`

const partnerReads = `{"Version":"2012-10-17","Statement":[
 {"Sid":"Partner","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::444455556666:role/analytics","111122223333"]},"Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*"},
 {"Sid":"PartnerList","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::777788889999:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::rec"}]}`

func TestRootLockouts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		policy string
		want   map[string]iam.Outcome
	}{
		{"deny all but one role catches the root user", denyAllButAdmin,
			map[string]iam.Outcome{"s3:GetObject": iam.ExplicitlyDenied, "s3:PutBucketPolicy": iam.ExplicitlyDenied}},
		{"a deny that exempts the root user", denyAllButAdminAndRoot,
			map[string]iam.Outcome{"s3:GetObject": iam.Allowed, "s3:PutBucketPolicy": iam.Allowed}},
		{"a policy without a deny makes no request", grantReader, map[string]iam.Outcome{}},
		{"no policy makes no request", "", map[string]iam.Outcome{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			x := NewIndex(build(t, estate{bucketPolicy: tt.policy}))
			got := map[string]iam.Outcome{}
			for _, it := range x.RootLockouts() {
				if it.PrincipalARN != "arn:aws:iam::111122223333:root" || it.Source != FromRootLockout || it.Bucket != "aws_s3_bucket.rec" {
					t.Errorf("unexpected intent %+v", it)
				}
				got[it.Action] = x.Decide(it).Outcome
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("root user outcomes (-want +got):\n%s", diff)
			}
		})
	}
}

// The root user's address is not its ARN: an expectation naming the ARN
// must not find the synthetic principal.
func TestRootUserIsNotFoundByARN(t *testing.T) {
	t.Parallel()
	x := NewIndex(build(t, estate{bucketPolicy: denyAllButAdmin}))
	x.RootLockouts()
	if p := x.Principal("arn:aws:iam::111122223333:root"); p != nil {
		t.Errorf("root user found by ARN: %+v", p)
	}
}

func TestForeignReaders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		policy string
		want   []string
	}{
		{"readers of other accounts, not the bucket's own, not listers", partnerReads,
			[]string{"arn:aws:iam::444455556666:role/analytics aws_s3_bucket_policy.rec/Partner"}},
		{"same-account grant names no foreign reader", grantReader, nil},
		{"no policy", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, it := range NewIndex(build(t, estate{bucketPolicy: tt.policy})).ForeignReaders() {
				got = append(got, it.PrincipalARN+" "+it.Origin)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("foreign readers (-want +got):\n%s", diff)
			}
		})
	}
}

// A reader of another account on a Requester Pays bucket: the engine names
// the layer, which DL019 reports. Its request carries no
// x-amz-request-payer, as the configuration cannot say it does.
func TestRequesterPaysRefusesOtherAccounts(t *testing.T) {
	t.Parallel()
	grantOther := `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:role/reader"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*"}]}`
	reader := role(t, "reader", s3Only)
	reader.Account, reader.ARN = "444455556666", "arn:aws:iam::444455556666:role/reader"
	env := build(t, estate{bucketPolicy: grantOther}, reader)
	env.Buckets[0].RequesterPays = true
	x := NewIndex(env)
	var got []iam.Layer
	for _, it := range x.IdentityGrants() {
		if it.Action == "s3:GetObject" {
			got = append(got, x.Decide(it).DeniedBy)
		}
	}
	if diff := cmp.Diff([]iam.Layer{iam.LayerRequesterPays}, got); diff != "" {
		t.Errorf("layers (-want +got):\n%s", diff)
	}
}

// The request DL004 reports: a principal of another account whose own
// policy grants the read, on a bucket whose policy does not name it.
func TestCrossAccountGrantNeedsTheBucketPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		policy string
		want   want
	}{
		{"no bucket policy", "", want{iam.ImplicitlyDenied, iam.LayerBucketPolicy, "s3"}},
		{"bucket policy names another principal", grantReader, want{iam.ImplicitlyDenied, iam.LayerBucketPolicy, "s3"}},
		{"bucket policy names the reader", `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*"}]}`,
			want{iam.Allowed, "", "s3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			reader := role(t, "analytics", s3Only)
			reader.Account, reader.ARN = "444455556666", "arn:aws:iam::444455556666:role/analytics"
			x := NewIndex(build(t, estate{bucketPolicy: tt.policy}, reader))
			var got []want
			for _, it := range x.IdentityGrants() {
				v := x.Decide(it)
				got = append(got, want{v.Outcome, v.DeniedBy, v.Service})
			}
			if diff := cmp.Diff([]want{tt.want}, got); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s", diff)
			}
		})
	}
}
