package terraform

import (
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functions returns Terraform's function table for a root module whose
// directory is dir: the cty standard library where it matches
// Terraform, and denylint's own versions of the rest; and the budget of
// iterations that its for expressions and the root's repetitions share.
func (ev *evaluator) functions(dir string) (map[string]function.Function, *budget) {
	f := map[string]function.Function{
		"abs": stdlib.AbsoluteFunc, "ceil": stdlib.CeilFunc, "chomp": stdlib.ChompFunc,
		"chunklist": stdlib.ChunklistFunc, "coalesce": stdlib.CoalesceFunc,
		"coalescelist": stdlib.CoalesceListFunc, "compact": stdlib.CompactFunc,
		"concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc, "csvdecode": stdlib.CSVDecodeFunc,
		"distinct": stdlib.DistinctFunc, "element": stdlib.ElementFunc, "flatten": stdlib.FlattenFunc,
		"floor": stdlib.FloorFunc, "format": stdlib.FormatFunc, "formatdate": stdlib.FormatDateFunc,
		"formatlist": stdlib.FormatListFunc, "indent": stdlib.IndentFunc, "join": stdlib.JoinFunc,
		"jsondecode": stdlib.JSONDecodeFunc, "jsonencode": stdlib.JSONEncodeFunc, "keys": stdlib.KeysFunc,
		"length": lengthFunc, "log": stdlib.LogFunc, "lookup": stdlib.LookupFunc, "lower": stdlib.LowerFunc,
		"max": stdlib.MaxFunc, "merge": stdlib.MergeFunc, "min": stdlib.MinFunc, "parseint": stdlib.ParseIntFunc,
		"pow": stdlib.PowFunc, "range": stdlib.RangeFunc, "regex": stdlib.RegexFunc,
		"regexall": stdlib.RegexAllFunc, "reverse": stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc, "setproduct": stdlib.SetProductFunc,
		"setsubtract": stdlib.SetSubtractFunc, "setunion": stdlib.SetUnionFunc, "signum": stdlib.SignumFunc,
		"slice": stdlib.SliceFunc, "sort": stdlib.SortFunc, "split": stdlib.SplitFunc, "strrev": stdlib.ReverseFunc,
		"substr": stdlib.SubstrFunc, "timeadd": stdlib.TimeAddFunc, "title": stdlib.TitleFunc,
		"trim": stdlib.TrimFunc, "trimprefix": stdlib.TrimPrefixFunc, "trimsuffix": stdlib.TrimSuffixFunc,
		"trimspace": stdlib.TrimSpaceFunc, "upper": stdlib.UpperFunc, "values": stdlib.ValuesFunc,
		"zipmap": stdlib.ZipmapFunc, "try": tryfunc.TryFunc, "can": tryfunc.CanFunc,
		"tostring": toFunc(cty.String), "tonumber": toFunc(cty.Number), "tobool": toFunc(cty.Bool),
		"tolist": toFunc(cty.List(cty.DynamicPseudoType)), "toset": toFunc(cty.Set(cty.DynamicPseudoType)),
		"tomap": toFunc(cty.Map(cty.DynamicPseudoType)),
		"one":   oneFunc, "startswith": startsWithFunc, "endswith": endsWithFunc, "strcontains": strContainsFunc,
		"alltrue": allTrueFunc, "anytrue": anyTrueFunc, "sum": sumFunc, "index": indexFunc,
		"replace": replaceFunc, "base64encode": base64EncodeFunc, "base64decode": base64DecodeFunc,
		"md5": hashFunc("md5"), "sha1": hashFunc("sha1"), "sha256": hashFunc("sha256"), "sha512": hashFunc("sha512"),
		"transpose": opaqueFunc(cty.Map(cty.List(cty.String))), "matchkeys": opaqueFunc(cty.List(cty.DynamicPseudoType)), "urlencode": urlEncodeFunc,
		"nonsensitive": identityFunc, "sensitive": identityFunc, "type": opaqueFunc(cty.DynamicPseudoType),
	}
	for _, name := range []string{"uuid", "timestamp", "plantimestamp", "bcrypt", "cidrhost", "cidrnetmask",
		"cidrsubnet", "uuidv5", "filebase64sha256", "filebase64sha512", "filemd5", "filesha1", "filesha256",
		"filesha512", "base64gzip", "base64sha256", "base64sha512", "rsadecrypt", "textencodebase64",
		"textdecodebase64", "yamlencode", "pathexpand"} {
		f[name] = opaqueFunc(cty.String)
	}
	f["cidrsubnets"] = opaqueFunc(cty.List(cty.String))
	f["yamldecode"] = opaqueFunc(cty.DynamicPseudoType)
	b := &budget{left: maxIterations, instances: maxRootInstances}
	for name, fn := range f {
		if name != "try" && name != "can" {
			f[name] = bounded(name, fn, b)
		}
	}
	f[iterFunc] = b.iterations()
	fs := &fileFuncs{ev: ev, root: dir}
	f["file"], f["fileexists"], f["abspath"] = fs.file(), fs.exists(), fs.abspath()
	f["dirname"], f["basename"], f["fileset"] = dirnameFunc, basenameFunc, fs.fileset()
	f["filebase64"] = opaqueFunc(cty.String)
	f["templatefile"] = fs.templatefile(f)
	f["templatestring"] = fs.templatestring(f)
	return f, b
}

func convertValue(v cty.Value, t cty.Type) (cty.Value, error) {
	return convert.Convert(v, t)
}

func toFunc(t cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "v", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) {
			if !t.HasDynamicTypes() {
				return t, nil
			}
			out, err := convert.Convert(args[0], t)
			if err != nil {
				return cty.NilType, function.NewArgError(0, err)
			}
			return out.Type(), nil
		},
		Impl: func(args []cty.Value, rt cty.Type) (cty.Value, error) {
			out, err := convert.Convert(args[0], rt)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			return out, nil
		},
	})
}

// opaqueFunc is a function whose result the configuration cannot decide
// offline (time, randomness, addresses): any call is unknown.
func opaqueFunc(t cty.Type) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true},
		Type:     function.StaticReturnType(t),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(t), nil
		},
	})
}

var identityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "v", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true}},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl:   func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})
