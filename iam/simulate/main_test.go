package simulate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSimulate(t *testing.T) {
	t.Parallel()
	crossAccount := `{"principal":"arn:aws:iam::222222222222:role/r","action":"s3:GetObject","resource":"arn:aws:s3:::b/k","resource_account":"111111111111",` +
		`"identity_policies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}]}`
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{
			name:    "yaml file with policy path",
			args:    []string{"--format", "json", "testdata/deny-scp.yaml"},
			wantOut: `{"decision":"explicitly_denied","denied_by":"scp","explanation":"arn:aws:sts::111111111111:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::recordings/k\" with an explicit deny in a service control policy","deciding":[{"layer":"scp","statement":"scps[1][0]/NoS3","location":"testdata/deny-scp.yaml:9:42"}],"defeated_grants":[{"layer":"identity_policy","statement":"identity_policies[0]/Read","location":"testdata/policy-read.json:4:5"}]}` + "\n",
		},
		{
			name:  "stdin json text",
			args:  []string{"-"},
			stdin: crossAccount,
			wantOut: "IMPLICITLY DENIED: arn:aws:iam::222222222222:role/r is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::b/k\" because no resource-based policy allows the s3:GetObject action\n" +
				"  defeated grant identity_policy statement identity_policies[0]/0 <stdin>:1:195\n",
		},
		{
			name:       "batch with a bad line",
			args:       []string{"--batch", "--format", "json", "-"},
			stdin:      crossAccount + "\n{\"principal\": \"x\",\n",
			wantCode:   2,
			wantOut:    `{"decision":"implicitly_denied","denied_by":"bucket_policy","explanation":"arn:aws:iam::222222222222:role/r is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::b/k\" because no resource-based policy allows the s3:GetObject action","defeated_grants":[{"layer":"identity_policy","statement":"identity_policies[0]/0","location":"<stdin>:1:195"}]}` + "\n",
			wantStderr: "<stdin>:2:",
		},
		{
			name:       "unknown key",
			args:       []string{"-"},
			stdin:      "{\n  \"principal\": \"arn:aws:iam::1:user/u\", \"action\": \"s3:GetObject\", \"resource\": \"*\",\n  \"colour\": 1}",
			wantCode:   2,
			wantStderr: `<stdin>:3:3: error: unknown request key "colour"`,
		},
		{name: "usage", args: []string{}, wantCode: 2, wantStderr: "usage:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var out, errOut bytes.Buffer
			code := Main(tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errOut.String())
			}
			if diff := cmp.Diff(tt.wantOut, out.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
			if !strings.Contains(errOut.String(), tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", errOut.String(), tt.wantStderr)
			}
		})
	}
}
