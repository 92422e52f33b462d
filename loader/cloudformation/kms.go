package cloudformation

import "github.com/denylint/denylint/model"

func key(b *builder, it *item) {
	k := &model.Key{Resource: it.base, ARN: b.attr(it, "Arn"), KeyID: b.attr(it, "KeyId")}
	// Without KeyPolicy AWS applies the default policy, which the model
	// represents as no policy.
	k.Policy = b.document(it, "Properties.KeyPolicy", it.r.address, it.props.Get("KeyPolicy"))
	if on := boolean(it.props.Get("EnableKeyRotation")); on != nil {
		k.RotationEnabled = *on
	}
	b.env.Keys = append(b.env.Keys, k)
}

// alias attaches an alias to the key its TargetKeyId names (by key id or
// ARN).
func alias(b *builder, it *item) {
	name, target := it.str("AliasName"), it.str("TargetKeyId")
	b.later = append(b.later, func() {
		if k := b.estate.key(target); k != nil {
			k.Aliases = append(k.Aliases, name)
		}
	})
}
