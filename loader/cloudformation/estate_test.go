package cloudformation

import (
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

// TestEstateFindsTheFirstMatch checks the indexes against the scans they
// replace: the first match in the estate's order, after appends and
// after a list was filtered.
func TestEstateFindsTheFirstMatch(t *testing.T) {
	t.Parallel()
	env := model.New()
	k1 := &model.Key{KeyID: "k1", ARN: "arn:aws:kms:eu-west-1:1:key/k1"}
	k2 := &model.Key{KeyID: "k2", ARN: "arn:aws:kms:eu-west-1:1:key/k2"}
	dup := &model.Key{KeyID: "k1"}
	env.Keys = []*model.Key{k1, k2, dup}
	e := NewEstate(env)
	tests := []struct {
		name   string
		target string
		want   *model.Key
	}{
		{name: "by id, the first of two", target: "k1", want: k1},
		{name: "by ARN", target: k2.ARN, want: k2},
		{name: "by an ARN ending in the id", target: "arn:aws:kms:us-east-1:2:key/k2", want: k2},
		{name: "by an ARN with the marker twice", target: "x:key/y:key/k1", want: k1},
		{name: "absent", target: "k3"},
	}
	for _, tt := range tests {
		if got := e.key(tt.target); got != tt.want {
			t.Errorf("%s: key(%q) = %+v, want %+v", tt.name, tt.target, got, tt.want)
		}
	}
	k3 := &model.Key{KeyID: "k3"}
	env.Keys = append(env.Keys, k3)
	if got := e.key("k3"); got != k3 {
		t.Errorf("a key appended later is not found: %+v", got)
	}
	env.Keys = []*model.Key{k2, dup, k3} // a plan superseded k1
	if got := e.key("k1"); got != dup {
		t.Errorf("after filtering, key(k1) = %+v, want the one left", got)
	}
}

// TestJoinFindsOtherFiles stages templates that name what another file
// declares (and an organisation that Terraform declared) and checks that
// joining them attaches each, as loading them in place does.
func TestJoinFindsOtherFiles(t *testing.T) {
	t.Parallel()
	declares := `Resources:
  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: rec}}
  Key: {Type: AWS::KMS::Key}
  Role: {Type: AWS::IAM::Role, Properties: {RoleName: writer, AssumeRolePolicyDocument: {Statement: []}}}
  Instance: {Type: AWS::Connect::Instance, Properties: {IdentityManagementType: CONNECT_MANAGED, Attributes: {InboundCalls: true, OutboundCalls: true}}}
`
	names := `Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties: {Bucket: rec, PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "*"}]}}
  RolePolicy:
    Type: AWS::IAM::RolePolicy
    Properties: {RoleName: writer, PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}}
  Account: {Type: AWS::Organizations::Account, Properties: {AccountName: a, Email: a@example.com}}
`
	files := []struct{ name, text string }{{"declares.yaml", declares}, {"names.yaml", names}}
	fresh := func() *model.Env {
		env := model.New()
		env.Organization = &model.Organization{ID: "o-known", RootID: "r-known"}
		return env
	}
	direct, staged := fresh(), fresh()
	var staging []*Staged
	for _, f := range files {
		if d := Load(direct, f.name, []byte(f.text), Options{}); len(d) > 0 {
			t.Fatalf("%s: %v", f.name, summaries(d))
		}
		staging = append(staging, Stage(f.name, []byte(f.text), Options{}))
	}
	e := NewEstate(staged)
	for _, s := range staging {
		if d := s.Join(e); len(d) > 0 {
			t.Fatalf("join: %v", summaries(d))
		}
	}
	for name, env := range map[string]*model.Env{"in place": direct, "staged": staged} {
		role := NewEstate(env).principal(iam.KindRole, "writer")
		got := []any{env.Buckets[0].Policy != nil, len(env.Buckets), role != nil && len(role.Policies) == 1,
			len(env.Organization.Accounts), env.Organization.Accounts[0].ParentID}
		if diff := cmp.Diff([]any{true, 1, true, 1, "r-known"}, got); diff != "" {
			t.Errorf("%s: bucket policy attached, buckets, role policy attached, accounts, parent (-want +got):\n%s", name, diff)
		}
	}
	if diff := cmp.Diff(envJSON(t, direct), envJSON(t, staged)); diff != "" {
		t.Errorf("estates differ (-in place +staged):\n%s", diff)
	}
}
