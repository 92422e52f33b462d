package access

import (
	"sort"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// BucketFacts is what rules need to know about a bucket beyond its own
// settings: what stores recordings in it, its effective Block Public
// Access, whether its policy is public, and the key that encrypts it.
type BucketFacts struct {
	Address string `json:"address"`
	Name    string `json:"name"`
	ARN     string `json:"arn"`
	Region  string `json:"region"`
	// RecordingConfigs are the addresses of the Connect storage configs that
	// write call recordings to the bucket.
	RecordingConfigs  []string `json:"recording_configs"`
	BlockPublicAccess iam.BPA  `json:"block_public_access"`
	// BPAAddress locates the setting that blocks (the bucket's own block,
	// else the account's).
	BPAAddress   string `json:"bpa_address,omitempty"`
	PolicyPublic bool   `json:"policy_public"`
	// TLSEnforced is true when the bucket policy denies requests made
	// without TLS.
	TLSEnforced bool `json:"tls_enforced"`
	// ReadsLogged says whether a CloudTrail trail of the estate records the
	// bucket's object reads as data events: "yes", "no" or "unknown".
	ReadsLogged string `json:"reads_logged"`
	// Trails counts the trails the estate declares.
	Trails int `json:"trails"`
	// Key is the KMS key of the bucket's default encryption; KeyKnown is
	// false when the bucket names a key the estate does not hold.
	Key      *KeyFacts `json:"key"`
	KeyKnown bool      `json:"key_known"`
}

// KeyFacts describes a KMS key for rules.
type KeyFacts struct {
	Address         string `json:"address"`
	ARN             string `json:"arn"`
	Region          string `json:"region"`
	Account         string `json:"account"`
	AWSManaged      bool   `json:"aws_managed"`
	RotationEnabled bool   `json:"rotation_enabled"`
}

// BucketFacts returns the facts of every bucket, by address.
func (x *Index) BucketFacts() map[string]BucketFacts {
	out := make(map[string]BucketFacts, len(x.env.Buckets))
	for _, b := range x.env.Buckets {
		out[b.Address] = x.bucketFacts(b)
	}
	return out
}

func (x *Index) bucketFacts(b *model.Bucket) BucketFacts {
	f := BucketFacts{Address: b.Address, Name: b.Name, ARN: b.ARN, Region: b.Region, RecordingConfigs: []string{}}
	for _, sc := range x.recordings[b] {
		f.RecordingConfigs = append(f.RecordingConfigs, sc.Address)
	}
	sort.Strings(f.RecordingConfigs)
	f.BlockPublicAccess = x.s3Settings(b).BlockPublicAccess
	switch {
	case b.PublicAccessBlock != nil:
		f.BPAAddress = b.PublicAccessBlock.Address
	case x.env.AccountPublicAccessBlock != nil:
		f.BPAAddress = x.env.AccountPublicAccessBlock.Address
	}
	if b.Policy != nil && b.Policy.Document != nil {
		f.PolicyPublic = iam.IsPublicPolicy(b.Policy.Document)
		f.TLSEnforced = deniesPlainHTTP(b)
	}
	f.ReadsLogged, f.Trails = x.readsLogged(b), len(x.env.Trails)
	k, known := x.bucketKey(b)
	f.KeyKnown = known
	if k != nil {
		f.Key = &KeyFacts{Address: k.Address, ARN: k.ARN, Region: k.Region, Account: k.Account,
			AWSManaged: k.AWSManaged, RotationEnabled: k.RotationEnabled}
	}
	return f
}

// PolicyProblem is a statement that AWS would reject or that can never
// take effect.
type PolicyProblem struct {
	Statement string `json:"statement"`
	Address   string `json:"address"`
	Summary   string `json:"summary"`
	Code      string `json:"code"`
	// Kind is the policy's role: identity, bucket, key, scp, rcp, endpoint, trust.
	Kind string `json:"kind"`
}

// PolicyProblems lints every policy document of the estate.
func (x *Index) PolicyProblems() []PolicyProblem {
	var out []PolicyProblem
	add := func(kind string, d *model.PolicyDoc) {
		if d == nil || d.Document == nil {
			return
		}
		for _, p := range iam.Lint(d.Document) {
			out = append(out, PolicyProblem{Statement: p.StatementID, Address: d.Address, Summary: p.Summary, Code: p.Code, Kind: kind})
		}
	}
	for _, p := range x.env.Principals {
		for _, d := range p.Policies {
			add("identity", d)
		}
		add("boundary", p.PermissionsBoundary)
	}
	for _, b := range x.env.Buckets {
		add("bucket", b.Policy)
	}
	for _, k := range x.env.Keys {
		add("key", k.Policy)
	}
	for _, o := range x.env.OrgPolicies {
		kind := "scp"
		if o.Type == typeRCP {
			kind = "rcp"
		}
		add(kind, o.Policy)
	}
	for _, e := range x.env.VPCEndpoints {
		add("endpoint", e.Policy)
	}
	return dedupeProblems(out)
}

// dedupeProblems drops repeats: a managed policy attached to several
// principals is one document with one set of problems.
func dedupeProblems(in []PolicyProblem) []PolicyProblem {
	seen := map[PolicyProblem]bool{}
	out := in[:0]
	for _, p := range in {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// deniesPlainHTTP asks whether the bucket policy refuses a read that an
// administrator of the account makes without TLS.
func deniesPlainHTTP(b *model.Bucket) bool {
	d := iam.Decide(&iam.Request{
		Caller: iam.Caller{ARN: "arn:aws:iam::" + b.Account + ":role/" + iam.Unknown("any role"), Account: b.Account,
			Kind: iam.KindRole, UserID: iam.Unknown("any role id")},
		Action:           "s3:GetObject",
		Resource:         b.ARN + "/" + objectKey,
		ResourceAccount:  b.Account,
		Context:          map[string][]string{"aws:SecureTransport": {"false"}},
		IdentityPolicies: []*iam.Policy{allowEverything("administrator")},
		ResourcePolicy:   b.Policy.Document,
		ResourceLayer:    iam.LayerBucketPolicy,
	})
	return d.Outcome == iam.ExplicitlyDenied
}

// readsLogged decides whether some trail records object reads of bucket b.
func (x *Index) readsLogged(b *model.Bucket) string {
	answer := "no"
	object := x.readTarget(b)
	for _, t := range x.env.Trails {
		for _, sel := range t.S3DataEvents {
			if sel.ReadWrite == "WriteOnly" {
				continue
			}
			if len(sel.Prefixes) == 0 {
				return "yes"
			}
			for _, p := range sel.Prefixes {
				switch iam.MatchARN(p+"*", object) {
				case iam.True:
					return "yes"
				case iam.Maybe:
					answer = "unknown"
				}
			}
		}
	}
	return answer
}
