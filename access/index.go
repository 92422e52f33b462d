package access

import (
	"strings"
	"sync"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// Index answers the look-ups that requests need, built once per estate.
type Index struct {
	env        *model.Env
	principals map[string]*model.Principal // by address and by ARN
	buckets    map[string]*model.Bucket    // by address, name and ARN
	keys       map[string]*model.Key       // by address, ARN, key id, alias name and alias ARN
	endpoints  map[string]*model.VPCEndpoint
	statements map[string]iam.Statement
	// owners maps a statement ID to the address of the resource that
	// carries its document.
	owners map[string]string
	// connect holds the principals Connect writes recordings as, made up
	// from the instances since the configuration does not declare them.
	connect map[string]*model.Principal

	// bucketEndpoints are the S3 gateway endpoints requests to each bucket
	// are tried through, by bucket address.
	bucketEndpoints map[string][]*model.VPCEndpoint

	// recordings are the call-recording storage configs of each bucket.
	recordings map[*model.Bucket][]*model.StorageConfig

	grantsOnce sync.Once
	grants     []Intent

	// orgCache holds *orgLayers by [caller account, resource account].
	orgCache sync.Map
}

// NewIndex indexes env.
func NewIndex(env *model.Env) *Index {
	x := &Index{
		env:        env,
		principals: map[string]*model.Principal{},
		buckets:    map[string]*model.Bucket{},
		keys:       map[string]*model.Key{},
		endpoints:  map[string]*model.VPCEndpoint{},
		statements: map[string]iam.Statement{},
		owners:     map[string]string{},
		connect:    map[string]*model.Principal{},
	}
	for _, p := range env.Principals {
		x.addPrincipal(p)
	}
	for _, b := range env.Buckets {
		for _, k := range []string{b.Address, b.Name, b.ARN} {
			setOnce(x.buckets, k, b)
		}
		x.addDoc(b.Policy)
	}
	for _, k := range env.Keys {
		x.addKey(k)
	}
	for _, e := range env.VPCEndpoints {
		x.endpoints[e.Address] = e
		x.addDoc(e.Policy)
	}
	for _, o := range env.OrgPolicies {
		x.addDoc(o.Policy)
	}
	for _, e := range env.Expectations {
		if !e.Range.IsZero() {
			env.Sources.Set(e.Address, "", e.Range)
		}
		if e.SessionPolicy != nil {
			x.addDoc(&model.PolicyDoc{Address: e.Address, Attribute: "session_policy", Document: e.SessionPolicy})
		}
	}
	x.indexEndpoints()
	x.indexRecordings()
	x.addRootUsers()
	for _, c := range env.ConnectInstances {
		w := connectWriter(c)
		x.connect[c.Address] = w
		x.addPrincipal(w)
	}
	return x
}

func (x *Index) addPrincipal(p *model.Principal) {
	setOnce(x.principals, p.Address, p)
	setOnce(x.principals, p.ARN, p)
	for _, d := range p.Policies {
		x.addDoc(d)
	}
	x.addDoc(p.PermissionsBoundary)
	x.addDoc(p.TrustPolicy)
}

func (x *Index) addKey(k *model.Key) {
	names := []string{k.Address, k.ARN, k.KeyID}
	for _, a := range k.Aliases {
		names = append(names, a, aliasARN(k, a))
	}
	for _, n := range names {
		setOnce(x.keys, n, k)
	}
	x.addDoc(k.Policy)
}

func (x *Index) addDoc(d *model.PolicyDoc) {
	if d == nil || d.Document == nil {
		return
	}
	for _, s := range d.Document.Statements {
		x.statements[s.ID] = s
		x.owners[s.ID] = d.Address
	}
}

// setOnce keeps the first entry of a name: names that two resources share
// (two unknown bucket names) must not silently swap resources.
func setOnce[T any](m map[string]T, k string, v T) {
	if k == "" {
		return
	}
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

func aliasARN(k *model.Key, alias string) string {
	return "arn:aws:kms:" + k.Region + ":" + k.Account + ":" + alias
}

// Env returns the indexed estate.
func (x *Index) Env() *model.Env { return x.env }

// Principal finds a principal by address or ARN.
func (x *Index) Principal(ref string) *model.Principal { return x.principals[ref] }

// Bucket finds a bucket by address, name or ARN.
func (x *Index) Bucket(ref string) *model.Bucket { return x.buckets[ref] }

// StatementSource finds a policy statement by ID, with the address of the
// resource whose document holds it.
func (x *Index) StatementSource(id string) (iam.Statement, string, bool) {
	s, ok := x.statements[id]
	return s, x.owners[id], ok
}

// BucketOf returns the bucket an S3 resource ARN belongs to.
func (x *Index) BucketOf(arn string) *model.Bucket {
	rest, ok := strings.CutPrefix(arn, "arn:aws:s3:::")
	if !ok {
		return nil
	}
	name, _, _ := strings.Cut(rest, "/")
	return x.buckets[name]
}

// KeyOf resolves a key reference as a bucket or storage config writes it:
// key ARN, key id, alias name or alias ARN.
func (x *Index) KeyOf(ref string) *model.Key {
	if k := x.keys[ref]; k != nil {
		return k
	}
	// "alias/x" written without the ARN, or an ARN whose region or account
	// is written differently from the key's own.
	if i := strings.LastIndex(ref, ":alias/"); i >= 0 {
		return x.keys[ref[i+1:]]
	}
	if i := strings.LastIndex(ref, ":key/"); i >= 0 {
		return x.keys[ref[i+len(":key/"):]]
	}
	return nil
}
