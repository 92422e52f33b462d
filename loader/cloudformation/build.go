package cloudformation

import (
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// builder turns evaluated resources into the estate model.
type builder struct {
	// env receives what the template declares; estate finds what it
	// names, wherever declared, once the template joins the run's estate.
	env    *model.Env
	estate *Estate
	t      *template
	e      *evaluator
	diags  []source.Diagnostic
	// later runs once every resource is read and the template has joined
	// the run's estate: attaching policies, aliases, storage configs and
	// organisation members to what they name.
	later []func()
	// groups holds the policies and members of IAM groups, which the model
	// folds into each member user.
	groups map[string]*group
	// managed are the template's managed policies by ARN.
	managed map[string]*model.PolicyDoc
}

// item is one resource with its evaluated properties.
type item struct {
	r     *resource
	props *source.Node
	base  model.Resource
}

// handlers read each modelled resource type.
var handlers map[string]func(b *builder, it *item)

func newBuilder(env *model.Env, t *template, opts Options) *builder {
	return &builder{env: env, t: t, e: newEvaluator(t, opts), groups: map[string]*group{}, managed: map[string]*model.PolicyDoc{}}
}

// build reads every resource into b.env; it looks at nothing else of
// the estate, so templates build on any core.
func (b *builder) build() {
	for _, r := range b.t.order {
		b.resource(r)
	}
}

// finish runs, in file order, what needs the estate the template joined.
func (b *builder) finish(e *Estate) {
	b.env, b.estate = e.env, e
	for _, f := range b.later {
		f()
	}
	b.foldGroups()
	b.diags = append(b.diags, b.e.diags...)
	b.diags = append(b.diags, cycles(b.t, b.e.deps)...)
}

func (b *builder) resource(r *resource) {
	conditional := false
	if r.condition != "" {
		switch b.e.named(r.condition, r.def.get("Condition").rng) {
		case triFalse:
			return
		case triUnknown:
			conditional = true
		}
	}
	props := b.e.properties(r)
	b.env.Sources.Set(r.address, "", r.rng)
	b.readIgnores(r)
	b.env.Sources.SetTree(r.address, "Properties", propertyTree{props})
	if p := r.def.get("Metadata").get("aws:cdk:path"); p != nil && p.kind == source.String {
		b.env.Sources.SetNote(r.address, p.scalar)
	}
	h, ok := handlers[r.typ]
	if !ok {
		return
	}
	region, _ := text(b.e.region(r.rng))
	h(b, &item{r: r, props: props, base: model.Resource{
		Address: r.address, Account: iam.CurrentAccount, Region: region, Conditional: conditional,
	}})
}

// within reports whether r was written inside outer, after from. Values
// written elsewhere (a YAML alias's anchor, a mapping entry that
// Fn::FindInMap returned) are recorded where they are used but not
// descended into: their parts are not where the resource is.
func within(r source.Range, from int, outer source.Range) bool {
	return r.File == outer.File && r.Start.Byte >= from && r.End.Byte <= outer.End.Byte
}

// get follows keys through nested objects.
func get(v *source.Node, keys ...string) *source.Node {
	for _, k := range keys {
		v = v.Get(k)
	}
	return v
}

// str reads a property as text ("" when absent or not a string).
func (it *item) str(keys ...string) string {
	s, _ := text(get(it.props, keys...))
	return s
}

// strs reads a string or a list of strings.
func strs(v *source.Node) []string {
	if v == nil {
		return nil
	}
	if v.Kind != source.Array {
		s, _ := text(v)
		return []string{s}
	}
	out := make([]string, 0, len(v.Items))
	for _, item := range v.Items {
		if s, ok := text(item); ok {
			out = append(out, s)
		}
	}
	return out
}

// boolean reads a boolean property; nil when the template does not decide.
func boolean(v *source.Node) *bool {
	if v == nil || v.Kind == source.Unknown || !iam.IsKnown(v.Scalar) {
		return nil
	}
	t := v.Scalar == "true" || v.Scalar == "True" || v.Scalar == "TRUE"
	return &t
}

// name is the physical name of a resource, as Ref sees it.
func (b *builder) name(it *item) string {
	return b.e.identity(it.r, types[it.r.typ]).name
}

// attr is an attribute of a resource, as Fn::GetAtt sees it.
func (b *builder) attr(it *item, attr string) string {
	s, _ := text(b.e.attribute(it.r, attr, it.r.rng))
	return s
}

// atoi reads a whole number; 0 when absent or unknown.
func atoi(v *source.Node) int {
	s, _ := text(v)
	n, _ := strconv.Atoi(s)
	return n
}
