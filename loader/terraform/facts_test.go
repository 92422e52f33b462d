package terraform

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// facts renders what a load produced as short lines, with paths relative
// to dir, so tests can compare whole estates with cmp.
func facts(env *model.Env, diags []source.Diagnostic, dir string) []string {
	f := &factWriter{dir: dir}
	for _, d := range diags {
		f.add("diag %s %s %s", d.Severity, f.pos(d.Range), d.Summary)
	}
	for _, b := range env.Buckets {
		f.add("bucket %s name=%s arn=%s own=%s acl=%s ver=%s rp=%v%s", b.Address, b.Name, b.ARN, b.ObjectOwnership, b.ACL, b.Versioning, b.RequesterPays, cond(b.Conditional))
		if e := b.Encryption; e != nil {
			f.add("  encryption %s %s key=%s", e.Address, e.Algorithm, e.KMSKeyID)
		}
		if p := b.PublicAccessBlock; p != nil {
			f.add("  pab %s %s %s %s %s", p.Address, bp(p.BlockPublicAcls), bp(p.IgnorePublicAcls), bp(p.BlockPublicPolicy), bp(p.RestrictPublicBuckets))
		}
		if l := b.ObjectLock; l != nil {
			f.add("  lock %s %v %s %d", l.Address, l.Enabled, l.Mode, l.Days)
		}
		f.doc("policy", b.Policy)
	}
	for _, p := range env.Principals {
		f.add("principal %s %s name=%s arn=%s uid=%s%s", p.Kind, p.Address, p.Name, p.ARN, p.UniqueID, cond(p.Conditional))
		f.doc("trust", p.TrustPolicy)
		f.doc("boundary", p.PermissionsBoundary)
		for _, d := range p.Policies {
			f.doc("identity", d)
		}
	}
	for _, k := range env.Keys {
		f.add("key %s arn=%s aliases=%v rotation=%v", k.Address, k.ARN, k.Aliases, k.RotationEnabled)
		for _, g := range k.Grants {
			f.add("  grant %s %s %v", g.Address, g.GranteePrincipal, g.Operations)
		}
		f.doc("policy", k.Policy)
	}
	for _, c := range env.ConnectInstances {
		f.add("connect %s id=%s role=%s", c.Address, c.ID, c.ServiceRole)
		for _, s := range c.StorageConfigs {
			f.add("  storage %s %s %s bucket=%s prefix=%s enc=%s key=%s", s.Address, s.ResourceType, s.StorageType, s.BucketName, s.Prefix, s.EncryptionType, s.KMSKeyID)
		}
		for _, fl := range c.ContactFlows {
			f.add("  flow %s %s known=%v %v", fl.Address, fl.Type, fl.ContentKnown, fl.RecordingActions)
		}
	}
	for _, e := range env.VPCEndpoints {
		f.add("endpoint %s %s %s", e.Address, e.ServiceName, e.Type)
		f.doc("policy", e.Policy)
	}
	if o := env.Organization; o != nil {
		f.add("org %s id=%s root=%s", o.Address, o.ID, o.RootID)
		for _, u := range o.Units {
			f.add("  ou %s %s parent=%s", u.Address, u.Name, u.ParentID)
		}
		for _, a := range o.Accounts {
			f.add("  account %s %s parent=%s", a.Address, a.Name, a.ParentID)
		}
	}
	for _, p := range env.OrgPolicies {
		f.add("orgpolicy %s %s targets=%v", p.Address, p.Type, p.TargetIDs)
		f.doc("content", p.Policy)
	}
	return f.lines
}

type factWriter struct {
	dir   string
	lines []string
}

func (f *factWriter) add(format string, args ...any) {
	f.lines = append(f.lines, iam.Display(fmt.Sprintf(format, args...)))
}

func (f *factWriter) pos(r source.Range) string {
	file := r.File
	if rel, err := filepath.Rel(f.dir, file); err == nil && !strings.HasPrefix(rel, "..") {
		file = filepath.ToSlash(rel)
	}
	return fmt.Sprintf("%s:%d:%d-%d:%d", file, r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}

func (f *factWriter) doc(kind string, d *model.PolicyDoc) {
	if d == nil {
		return
	}
	p := d.Document
	if p.Unknown != "" {
		f.add("  %s %s arn=%s unknown: %s", kind, d.Address, d.ARN, p.Unknown)
		return
	}
	f.add("  %s %s#%s name=%s arn=%s", kind, d.Address, d.Attribute, d.Name, d.ARN)
	for _, s := range p.Statements {
		f.add("    %s %s %s act=%v nact=%v res=%v %s cond=%v", s.ID, f.pos(s.Range), s.Effect, s.Actions, s.NotActions, s.Resources, principals(s.Principal), s.Conditions)
	}
}

func principals(p *iam.Principals) string {
	if p == nil {
		return "-"
	}
	parts := []string{}
	if p.All {
		parts = append(parts, "*")
	}
	parts = append(parts, p.AWS...)
	parts = append(parts, p.Service...)
	sort.Strings(parts)
	return "pr=" + strings.Join(parts, ",")
}

func bp(b *bool) string {
	if b == nil {
		return "?"
	}
	return fmt.Sprint(*b)
}

func cond(c bool) string {
	if c {
		return " conditional"
	}
	return ""
}
