package cloudformation

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// Estate is the run's estate as templates join it. A template names
// resources that any file may declare (the bucket of a bucket policy, the
// key of an alias, the Connect instance of a storage config, the role of
// a policy); Estate finds them through indexes rather than a scan of the
// whole estate per name, which made loading quadratic in the files. Each
// lookup returns the first match in the estate's order, as a scan did.
type Estate struct {
	env             *model.Env
	buckets         index[*model.Bucket]
	instances       index[*model.ConnectInstance]
	keyIDs, keyARNs index[*model.Key]
	principals      index[*model.Principal]
}

// NewEstate wraps env. Others may change env's lists between template
// loads (a plan appends to them and filters them); the indexes follow.
func NewEstate(env *model.Env) *Estate {
	if env.Sources == nil {
		env.Sources = model.NewSources()
	}
	return &Estate{env: env}
}

func (e *Estate) bucket(name string) *model.Bucket {
	e.buckets.sync(e.env.Buckets, func(b *model.Bucket) string { return b.Name })
	return pick(e.env.Buckets, e.buckets.at(name))
}

func (e *Estate) instance(arn string) *model.ConnectInstance {
	e.instances.sync(e.env.ConnectInstances, func(in *model.ConnectInstance) string { return in.ARN })
	return pick(e.env.ConnectInstances, e.instances.at(arn))
}

func (e *Estate) principal(kind iam.PrincipalKind, name string) *model.Principal {
	e.principals.sync(e.env.Principals, func(p *model.Principal) string { return principalKey(p.Kind, p.Name) })
	return pick(e.env.Principals, e.principals.at(principalKey(kind, name)))
}

// principalKey cannot collide across kinds: no kind holds a NUL.
func principalKey(kind iam.PrincipalKind, name string) string {
	return string(kind) + "\x00" + name
}

// key finds the key target names: by key id, by ARN, or by an ARN that
// ends in ":key/" and the key's id.
func (e *Estate) key(target string) *model.Key {
	e.keyIDs.sync(e.env.Keys, func(k *model.Key) string { return k.KeyID })
	e.keyARNs.sync(e.env.Keys, func(k *model.Key) string { return k.ARN })
	first := min(e.keyIDs.at(target), e.keyARNs.at(target))
	const marker = ":key/"
	for rest := target; ; {
		i := strings.Index(rest, marker)
		if i < 0 {
			break
		}
		first = min(first, e.keyIDs.at(rest[i+len(marker):]))
		rest = rest[i+1:]
	}
	return pick(e.env.Keys, first)
}

// absent is the position of what no list holds.
const absent = int(^uint(0) >> 1)

func pick[T any](items []T, i int) T {
	var zero T
	if i == absent {
		return zero
	}
	return items[i]
}

// index maps names to the first position in a list that holds them. The
// estate mostly grows by appending, so an index reads only what was
// appended since its last use; a list that shrank or lost an item before
// the last one indexed is read anew.
type index[T comparable] struct {
	n     int
	last  T
	first map[string]int
}

func (x *index[T]) sync(items []T, name func(T) string) {
	if x.n > len(items) || x.n > 0 && items[x.n-1] != x.last {
		x.n, x.first = 0, nil
	}
	if x.first == nil {
		x.first = make(map[string]int, len(items))
	}
	for i := x.n; i < len(items); i++ {
		if k := name(items[i]); !has(x.first, k) {
			x.first[k] = i
		}
	}
	x.n = len(items)
	if x.n > 0 {
		x.last = items[x.n-1]
	}
}

func (x *index[T]) at(name string) int {
	if i, ok := x.first[name]; ok {
		return i
	}
	return absent
}

func has(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}
