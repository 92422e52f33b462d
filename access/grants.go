package access

import (
	"sort"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// IdentityGrants lists, for every principal, the S3 accesses that its
// identity policies allow on buckets of the estate: each is something the
// configuration means to work. A grant on a bucket outside the estate says
// nothing about layers we cannot see, so it is left out.
func (x *Index) IdentityGrants() []Intent {
	x.grantsOnce.Do(func() { x.grants = x.identityGrants() })
	return x.grants
}

func (x *Index) identityGrants() []Intent {
	var out []Intent
	for _, p := range x.env.Principals {
		for _, d := range p.Policies {
			if d.Document == nil {
				continue
			}
			for _, s := range d.Document.Statements {
				if s.Effect == iam.Allow {
					out = append(out, x.grantsOf(p, s)...)
				}
			}
		}
	}
	sortIntents(out)
	return dedupe(out)
}

func (x *Index) grantsOf(p *model.Principal, s iam.Statement) []Intent {
	var out []Intent
	for _, pattern := range s.Resources {
		for _, b := range x.bucketsMatching(pattern) {
			out = append(out, x.grantIntents(p, s, b, pattern)...)
		}
	}
	return out
}

// grantIntents makes one intent per interesting action the statement
// allows on bucket b through pattern.
func (x *Index) grantIntents(p *model.Principal, s iam.Statement, b *model.Bucket, pattern string) []Intent {
	var out []Intent
	add := func(action, resource string) {
		if !allowsAction(s, action) || iam.MatchARN(pattern, resource) == iam.False {
			return
		}
		out = append(out, Intent{
			Principal: p.Address, PrincipalARN: p.ARN, Action: action, Resource: resource,
			Source: FromIdentityGrant, Origin: s.ID, Bucket: b.Address,
		})
	}
	for _, a := range s3ObjectActions {
		add(a, objectUnder(b, pattern))
	}
	for _, a := range s3ExplicitObjectActions {
		if namesAction(s, a) {
			add(a, objectUnder(b, pattern))
		}
	}
	for _, a := range s3BucketActions {
		add(a, b.ARN)
	}
	return out
}

// bucketsMatching returns the buckets of the estate that a resource
// pattern may name, either the bucket itself or objects in it. A pattern
// that only wildcards could match ("*") names no bucket in particular. Most
// patterns spell the bucket name out, which a map answers; only a name with
// wildcards or unknown parts is matched against every bucket.
func (x *Index) bucketsMatching(pattern string) []*model.Bucket {
	rest, ok := strings.CutPrefix(pattern, "arn:aws:s3:::")
	if !ok || strings.HasPrefix(rest, "*") {
		return nil
	}
	name, _, _ := strings.Cut(rest, "/")
	if !strings.ContainsAny(name, "*?") {
		if b := x.buckets[name]; b != nil && b.Name == name {
			return []*model.Bucket{b}
		}
		if iam.IsKnown(name) {
			return nil
		}
	}
	var out []*model.Bucket
	for _, b := range x.env.Buckets {
		if iam.MatchARN(pattern, b.ARN) != iam.False || iam.MatchARN(pattern, b.ARN+"/"+objectKey) != iam.False {
			out = append(out, b)
		}
	}
	return out
}

// objectUnder is the object resource a grant pattern speaks of: the pattern
// itself with its wildcards standing for an unknown key, or any object of
// the bucket when the pattern names the bucket as a whole.
func objectUnder(b *model.Bucket, pattern string) string {
	prefix := b.ARN + "/"
	if !strings.HasPrefix(pattern, prefix) {
		return prefix + objectKey
	}
	i := strings.IndexAny(pattern, "*?")
	if i < 0 {
		return pattern
	}
	return pattern[:i] + objectKey
}

// namesAction reports whether the statement writes the action out, without
// wildcards: destructive actions count as intended only when named.
func namesAction(s iam.Statement, action string) bool {
	for _, a := range s.Actions {
		if strings.EqualFold(a, action) {
			return true
		}
	}
	return false
}

func allowsAction(s iam.Statement, action string) bool {
	if s.NotActions != nil {
		for _, a := range s.NotActions {
			if iam.MatchAction(a, action) {
				return false
			}
		}
		return true
	}
	for _, a := range s.Actions {
		if iam.MatchAction(a, action) {
			return true
		}
	}
	return false
}

func sortIntents(in []Intent) {
	sort.SliceStable(in, func(i, j int) bool {
		a, b := in[i], in[j]
		if a.Principal != b.Principal {
			return a.Principal < b.Principal
		}
		if a.Resource != b.Resource {
			return a.Resource < b.Resource
		}
		if a.Action != b.Action {
			return a.Action < b.Action
		}
		return a.Origin < b.Origin
	})
}

// dedupe keeps the first of intents that ask the same thing; several
// statements granting one access make one request.
func dedupe(in []Intent) []Intent {
	out := in[:0]
	seen := map[[4]string]bool{}
	for _, it := range in {
		k := [4]string{it.Principal, it.Action, it.Resource, it.Path}
		if !seen[k] {
			seen[k] = true
			out = append(out, it)
		}
	}
	return out
}
