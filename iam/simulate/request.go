package simulate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// reader turns a request document into an iam.Request, collecting the
// first problem as a located diagnostic.
type reader struct {
	dir  string
	diag *source.Diagnostic
}

func (r *reader) fail(rng source.Range, format string, args ...any) {
	if r.diag == nil {
		r.diag = &source.Diagnostic{Severity: source.Error, Summary: fmt.Sprintf(format, args...), Range: rng}
	}
}

// ReadRequest reads one request document (issue 5's keys) whose policies
// given as paths are resolved against dir.
func ReadRequest(doc *source.Node, dir string) (*iam.Request, *source.Diagnostic) {
	r := &reader{dir: dir}
	req := r.request(doc)
	return req, r.diag
}

func (r *reader) request(doc *source.Node) *iam.Request {
	if doc.Kind != source.Object {
		r.fail(doc.Range, "request document is not an object")
		return nil
	}
	req := &iam.Request{}
	kind := ""
	for _, f := range doc.Fields {
		switch f.Key {
		case "principal":
			req.Caller = callerOf(r.str(f.Value))
		case "principal_kind":
			kind = r.str(f.Value)
		case "action":
			req.Action = r.str(f.Value)
		case "resource":
			req.Resource = r.str(f.Value)
		case "resource_account":
			req.ResourceAccount = r.str(f.Value)
		case "context":
			req.Context = r.context(f.Value)
		case "identity_policies":
			req.IdentityPolicies = r.policies("identity_policies", f.Value)
		case "resource_policy":
			req.ResourcePolicy = r.policy("resource_policy", f.Value)
		case "permissions_boundary":
			req.PermissionsBoundary = r.policy("permissions_boundary", f.Value)
		case "session_policy":
			req.SessionPolicy = r.policy("session_policy", f.Value)
		case "scps":
			req.SCPs = r.levels("scps", f.Value)
		case "rcps":
			req.RCPs = r.levels("rcps", f.Value)
		case "vpc_endpoint_policies":
			req.VPCEndpointPolicies = r.policies("vpc_endpoint_policies", f.Value)
		case "s3":
			req.S3 = r.s3(f.Value)
		default:
			r.fail(f.KeyRange, "unknown request key %q", f.Key)
		}
	}
	for _, k := range []string{"principal", "action", "resource"} {
		if doc.Get(k) == nil {
			r.fail(doc.Range, "request has no %q", k)
		}
	}
	r.applyKind(req, kind, doc)
	if req.ResourceAccount == "" {
		// The document's default: an ARN without an account (S3) belongs
		// to the caller's account.
		if a, ok := iam.ParseARN(req.Resource); ok && a.Account != "" {
			req.ResourceAccount = a.Account
		} else {
			req.ResourceAccount = req.Caller.Account
		}
	}
	if strings.HasPrefix(strings.ToLower(req.Action), "kms:") {
		req.ResourceLayer = iam.LayerKMSKeyPolicy
	}
	return req
}

func (r *reader) applyKind(req *iam.Request, kind string, doc *source.Node) {
	switch kind {
	case "":
	case "root":
		req.Caller.Kind = iam.KindRoot
	case "service_linked_role":
		req.Caller.Kind = iam.KindServiceLinkedRole
	case "management_account":
		req.Caller.ManagementAccount = true
	default:
		r.fail(doc.Get("principal_kind").Range, "principal_kind must be root, service_linked_role or management_account, not %q", kind)
	}
}

// callerOf reads a principal ARN (role, user, root, role session) or a
// service principal name.
func callerOf(p string) iam.Caller {
	a, ok := iam.ParseARN(p)
	if !ok {
		return iam.Caller{ARN: p, Kind: iam.KindService}
	}
	c := iam.Caller{ARN: p, Account: a.Account, Kind: iam.KindRole}
	switch {
	case a.Resource == "root":
		c.Kind = iam.KindRoot
	case strings.HasPrefix(a.Resource, "user/"):
		c.Kind = iam.KindUser
	case strings.HasPrefix(a.Resource, "assumed-role/"):
		parts := strings.SplitN(a.Resource, "/", 3)
		c.SessionARN = p
		c.ARN = "arn:" + a.Partition + ":iam::" + a.Account + ":role/" + parts[1]
	case strings.HasPrefix(a.Resource, "role/aws-service-role/"):
		c.Kind = iam.KindServiceLinkedRole
	}
	return c
}

func (r *reader) str(n *source.Node) string {
	switch n.Kind {
	case source.String, source.Number, source.Bool:
		return n.Scalar
	}
	r.fail(n.Range, "expected a string")
	return ""
}

func (r *reader) boolean(n *source.Node) bool {
	if n.Kind != source.Bool {
		r.fail(n.Range, "expected true or false")
		return false
	}
	return n.Scalar == "true"
}

func (r *reader) context(n *source.Node) map[string][]string {
	if n.Kind != source.Object {
		r.fail(n.Range, "context is not an object")
		return nil
	}
	out := map[string][]string{}
	for _, f := range n.Fields {
		if f.Value.Kind == source.Array {
			vals := []string{}
			for _, it := range f.Value.Items {
				vals = append(vals, r.str(it))
			}
			out[f.Key] = vals
			continue
		}
		out[f.Key] = []string{r.str(f.Value)}
	}
	return out
}

func (r *reader) policies(name string, n *source.Node) []*iam.Policy {
	if n.Kind != source.Array {
		r.fail(n.Range, "%s is not a list", name)
		return nil
	}
	out := make([]*iam.Policy, 0, len(n.Items))
	for i, it := range n.Items {
		out = append(out, r.policy(fmt.Sprintf("%s[%d]", name, i), it))
	}
	return out
}

func (r *reader) levels(name string, n *source.Node) [][]*iam.Policy {
	if n.Kind != source.Array {
		r.fail(n.Range, "%s is not a list of lists", name)
		return nil
	}
	out := make([][]*iam.Policy, 0, len(n.Items))
	for i, it := range n.Items {
		level := r.policies(fmt.Sprintf("%s[%d]", name, i), it)
		if level == nil {
			level = []*iam.Policy{}
		}
		out = append(out, level)
	}
	return out
}

// policy reads an inline document or a path to a JSON file.
func (r *reader) policy(origin string, n *source.Node) *iam.Policy {
	if n.Kind == source.String {
		return r.policyFile(origin, n)
	}
	p, diags := iam.Normalize(origin, n)
	for _, d := range diags {
		r.fail(d.Range, "%s", d.Summary)
	}
	return p
}

func (r *reader) policyFile(origin string, n *source.Node) *iam.Policy {
	path := n.Scalar
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.dir, path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.fail(n.Range, "read policy: %v", err)
		return nil
	}
	p, diags := iam.ParsePolicyJSON(origin, path, data, source.Pos{})
	for _, d := range diags {
		r.fail(d.Range, "%s", d.Summary)
	}
	return p
}

func (r *reader) s3(n *source.Node) *iam.S3Settings {
	if n.Kind != source.Object {
		r.fail(n.Range, "s3 is not an object")
		return nil
	}
	s := &iam.S3Settings{}
	for _, f := range n.Fields {
		switch f.Key {
		case "object_ownership":
			s.ObjectOwnership = r.str(f.Value)
		case "bucket_acl":
			s.BucketACL = r.str(f.Value)
		case "object_owner_account":
			s.ObjectOwnerAccount = r.str(f.Value)
		case "requester_pays":
			s.RequesterPays = r.boolean(f.Value)
		case "request_payer":
			s.RequestPayer = r.boolean(f.Value)
		case "block_public_access":
			s.BlockPublicAccess = r.bpa(f.Value)
		default:
			r.fail(f.KeyRange, "unknown s3 key %q", f.Key)
		}
	}
	return s
}

func (r *reader) bpa(n *source.Node) iam.BPA {
	var b iam.BPA
	if n.Kind != source.Object {
		r.fail(n.Range, "block_public_access is not an object")
		return b
	}
	for _, f := range n.Fields {
		v := r.boolean(f.Value)
		switch f.Key {
		case "block_public_acls":
			b.BlockPublicAcls = v
		case "ignore_public_acls":
			b.IgnorePublicAcls = v
		case "block_public_policy":
			b.BlockPublicPolicy = v
		case "restrict_public_buckets":
			b.RestrictPublicBuckets = v
		default:
			r.fail(f.KeyRange, "unknown block_public_access key %q", f.Key)
		}
	}
	return b
}
