package awsmanaged

import (
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

func TestEveryShippedPolicyParses(t *testing.T) {
	t.Parallel()
	names := Names()
	if len(names) != 7 {
		t.Fatalf("got %d policies, want 7: %v", len(names), names)
	}
	for _, name := range names {
		data, err := files.ReadFile("policies/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		p, diags := iam.ParsePolicyJSON(name, name, data, source.Pos{})
		if len(diags) > 0 || len(p.Statements) == 0 {
			t.Errorf("%s: %d statements, diagnostics %v", name, len(p.Statements), diags)
		}
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		arn        string
		found      bool
		statements int
		firstID    string
	}{
		{name: "commercial", arn: "arn:aws:iam::aws:policy/AdministratorAccess", found: true, statements: 1,
			firstID: "arn:aws:iam::aws:policy/AdministratorAccess/0"},
		{name: "other partition", arn: "arn:aws-cn:iam::aws:policy/AmazonS3ReadOnlyAccess", found: true, statements: 1,
			firstID: "arn:aws-cn:iam::aws:policy/AmazonS3ReadOnlyAccess/0"},
		{name: "service-role path", arn: "arn:aws:iam::aws:policy/aws-service-role/AmazonConnectServiceLinkedRolePolicy",
			found: true, statements: 4,
			firstID: "arn:aws:iam::aws:policy/aws-service-role/AmazonConnectServiceLinkedRolePolicy/AllowConnectActions"},
		{name: "power user", arn: "arn:aws:iam::aws:policy/PowerUserAccess", found: true, statements: 2,
			firstID: "arn:aws:iam::aws:policy/PowerUserAccess/0"},
		{name: "not shipped", arn: "arn:aws:iam::aws:policy/AmazonEC2FullAccess"},
		{name: "customer managed", arn: "arn:aws:iam::123456789012:policy/AdministratorAccess"},
		{name: "not an ARN", arn: "AdministratorAccess"},
		{name: "path escape", arn: "arn:aws:iam::aws:policy/../AdministratorAccess"},
		{name: "empty name", arn: "arn:aws:iam::aws:policy/"},
		{name: "unknown", arn: iam.Unknown("policy arn")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, ok := Lookup(tt.arn)
			if ok != tt.found {
				t.Fatalf("found = %v, want %v", ok, tt.found)
			}
			if !ok {
				return
			}
			got := []any{len(p.Statements), p.Statements[0].ID, p.Origin, p.Statements[0].Range.File}
			want := []any{tt.statements, tt.firstID, tt.arn, tt.arn}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
