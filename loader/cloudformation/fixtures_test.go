package cloudformation

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

const fixtures = "../../fixtures/cloudformation"

var fixtureNames = []string{
	"connect-recordings/fail/template.yaml",
	"connect-recordings/fail/template.json",
	"connect-recordings/pass/template.yaml",
	"connect-recordings/pass/template.json",
}

func loadFixture(t *testing.T, name string) *model.Env {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	env := model.New()
	if diags := Load(env, name, data, Options{}); len(diags) > 0 {
		t.Fatalf("diagnostics: %v", summaries(diags))
	}
	return env
}

// TestFixtureModel checks what the Connect recordings twins put in the
// estate: the same facts from YAML and from CDK-style JSON.
func TestFixtureModel(t *testing.T) {
	t.Parallel()
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := loadFixture(t, name)
			fixed := strings.Contains(name, "/pass/")
			if len(env.Buckets) != 1 || len(env.Keys) != 1 || len(env.Principals) != 2 || len(env.ConnectInstances) != 1 {
				t.Fatalf("estate has %d buckets, %d keys, %d principals, %d instances; want 1, 1, 2, 1",
					len(env.Buckets), len(env.Keys), len(env.Principals), len(env.ConnectInstances))
			}
			bk, key, in := env.Buckets[0], env.Keys[0], env.ConnectInstances[0]
			got := map[string]any{
				"bucket":          bk.Name,
				"encryption":      bk.Encryption.Algorithm,
				"encryption key":  bk.Encryption.KMSKeyID == key.ARN,
				"deny statements": effects(bk.Policy.Document, iam.Deny),
				"key aliases":     key.Aliases,
				"root delegation": delegatesToRoot(key.Policy.Document),
				"storage":         fmt.Sprintf("%s %s %s", in.StorageConfigs[0].ResourceType, in.StorageConfigs[0].BucketName, in.StorageConfigs[0].Prefix),
				"storage key":     in.StorageConfigs[0].KMSKeyID == key.ARN,
				"recording":       in.ContactFlows[0].RecordingActions[0].VoiceParticipants,
				"supervisor":      grants(env, "ConnectSupervisor"),
				"admin":           grants(env, "ConnectRecordingsAdmin"),
				"exempt":          len(bk.Policy.Document.Statements[0].Conditions[1].Values),
			}
			exempt := 2
			if fixed {
				exempt = 3
			}
			want := map[string]any{
				"bucket":          "example-connect-recordings",
				"encryption":      "aws:kms",
				"encryption key":  true,
				"deny statements": 2,
				"key aliases":     []string{"alias/connect-recordings"},
				"root delegation": fixed,
				"storage":         "CALL_RECORDINGS example-connect-recordings connect/recordings",
				"storage key":     true,
				"recording":       []string{"Agent", "Customer"},
				"supervisor":      []string{"kms:Decrypt " + key.ARN, "s3:GetObject arn:aws:s3:::example-connect-recordings/*"},
				"admin": []string{"kms:Decrypt " + key.ARN, "s3:GetObject arn:aws:s3:::example-connect-recordings",
					"s3:GetObject arn:aws:s3:::example-connect-recordings/*", "s3:ListBucket arn:aws:s3:::example-connect-recordings",
					"s3:ListBucket arn:aws:s3:::example-connect-recordings/*"},
				"exempt": exempt,
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("estate (-want +got):\n%s", diff)
			}
		})
	}
}

func effects(p *iam.Policy, e iam.Effect) int {
	n := 0
	for _, s := range p.Statements {
		if s.Effect == e {
			n++
		}
	}
	return n
}

func delegatesToRoot(p *iam.Policy) bool {
	for _, s := range p.Statements {
		if s.Principal != nil && slices.Contains(s.Principal.AWS, "arn:aws:iam::"+iam.CurrentAccount+":root") {
			return true
		}
	}
	return false
}

// grants lists "action resource" pairs a role's identity policies allow.
func grants(env *model.Env, role string) []string {
	var out []string
	for _, p := range env.Principals {
		if p.Name != role {
			continue
		}
		for _, d := range p.Policies {
			for _, s := range d.Document.Statements {
				for _, a := range s.Actions {
					for _, r := range s.Resources {
						out = append(out, a+" "+r)
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

var wantMarker = regexp.MustCompile(`# want: (\w+)`)

// TestFixtureMarkers checks that the lines the fixtures mark (inline in
// YAML, in a .want sidecar for JSON) are where the loader says the deciding
// statement and the key policy are.
func TestFixtureMarkers(t *testing.T) {
	t.Parallel()
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := loadFixture(t, name)
			want := markers(t, name)
			got := map[string]int{}
			if deny := env.Buckets[0].Policy.Document.Statements[0]; deny.Effect == iam.Deny && strings.Contains(name, "/fail/") {
				r, _ := env.Sources.Lookup(deny.ID, "")
				got["bucket_policy"] = r.Start.Line
			}
			if !delegatesToRoot(env.Keys[0].Policy.Document) {
				r, _ := env.Sources.Lookup(env.Keys[0].Address, "Properties.KeyPolicy")
				got["kms_key_policy"] = r.Start.Line
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("marked lines (-want +got):\n%s", diff)
			}
		})
	}
}

func markers(t *testing.T, name string) map[string]int {
	t.Helper()
	out := map[string]int{}
	path := filepath.Join(fixtures, name)
	if strings.HasSuffix(name, ".json") {
		path += ".want"
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return out
	} else if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		if strings.HasSuffix(name, ".json") {
			// Sidecar lines read "<line> <root_cause>".
			f := strings.Fields(sc.Text())
			if len(f) == 2 {
				n, _ := strconv.Atoi(f[0])
				out[f[1]] = n
			}
		} else if m := wantMarker.FindStringSubmatch(sc.Text()); m != nil {
			out[m[1]] = line
		}
	}
	return out
}

// TestFixtureGolden keeps the whole estate each fixture yields, with the
// range of every statement, under testdata/.
func TestFixtureGolden(t *testing.T) {
	t.Parallel()
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := loadFixture(t, name)
			got := golden(env)
			path := filepath.Join("testdata", strings.NewReplacer("/", "_", ".", "_").Replace(name)+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("estate differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func golden(env *model.Env) []byte {
	var b bytes.Buffer
	data, _ := json.MarshalIndent(env, "", "  ")
	b.WriteString(iam.Display(string(data)))
	b.WriteString("\n\nstatement ranges:\n")
	var lines []string
	walkPolicies(env, func(d *model.PolicyDoc) {
		for _, s := range d.Document.Statements {
			lines = append(lines, fmt.Sprintf("%s %s", s.ID, span(s.Range)))
		}
	})
	slices.Sort(lines)
	b.WriteString(strings.Join(lines, "\n"))
	b.WriteString("\n")
	return b.Bytes()
}

func walkPolicies(env *model.Env, f func(*model.PolicyDoc)) {
	visit := func(d *model.PolicyDoc) {
		if d != nil && d.Document != nil {
			f(d)
		}
	}
	for _, p := range env.Principals {
		for _, d := range p.Policies {
			visit(d)
		}
		visit(p.TrustPolicy)
		visit(p.PermissionsBoundary)
	}
	for _, bk := range env.Buckets {
		visit(bk.Policy)
	}
	for _, k := range env.Keys {
		visit(k.Policy)
	}
	for _, o := range env.OrgPolicies {
		visit(o.Policy)
	}
	for _, ep := range env.VPCEndpoints {
		visit(ep.Policy)
	}
}
