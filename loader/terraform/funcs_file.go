package terraform

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxFileSize bounds what file() and templatefile() read.
const maxFileSize = 4 << 20

// fileFuncs are the functions that read files. Relative paths are taken
// from the root module's directory, where terraform runs, and only the
// scanned tree and module directories may be read.
type fileFuncs struct {
	ev   *evaluator
	root string
}

func (fs *fileFuncs) resolve(p string) (string, error) {
	if hasToken(cty.StringVal(p)) {
		return "", errUnknownPath
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(fs.root, p)
	}
	p = filepath.Clean(p)
	if !fs.readable(p) {
		return "", fmt.Errorf("%s is outside the scanned directories; denylint does not read it", p)
	}
	// A symbolic link inside the tree may point out of it.
	if real, err := filepath.EvalSymlinks(p); err == nil && real != p && !fs.readable(real) {
		return "", fmt.Errorf("%s links to %s, outside the scanned directories; denylint does not read it", p, real)
	}
	return p, nil
}

func (fs *fileFuncs) readable(p string) bool {
	if readableIn(fs.ev.readable, p) {
		return true
	}
	if fs.ev.side != nil {
		// Another root evaluated before this one may yet make p readable.
		fs.ev.side.refused = append(fs.ev.side.refused, p)
	}
	return false
}

func readableIn(dirs []string, p string) bool {
	for _, dir := range dirs {
		if within(p, dir) {
			return true
		}
		if real := realPath(dir); real != dir && filepath.IsAbs(p) && within(p, real) {
			return true
		}
	}
	return false
}

var errUnknownPath = errors.New("path is not known")

func within(p, dir string) bool {
	if dir == "." {
		return !filepath.IsAbs(p) && p != ".." && !strings.HasPrefix(p, ".."+string(filepath.Separator))
	}
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func (fs *fileFuncs) read(p string) (string, []byte, error) {
	path, err := fs.resolve(p)
	if err != nil {
		return "", nil, err
	}
	data, err := source.ReadFile(path, maxFileSize)
	if err != nil {
		return "", nil, fmt.Errorf("read %s: %w", p, err)
	}
	return path, data, nil
}

func (fs *fileFuncs) file() function.Function {
	return stringFunc([]string{"path"}, cty.String, func(a []string) (cty.Value, error) {
		path, data, err := fs.read(a[0])
		if errors.Is(err, errUnknownPath) {
			return cty.UnknownVal(cty.String), nil
		}
		if err != nil {
			return cty.NilVal, err
		}
		text := string(data)
		if _, ok := fs.ev.prov[text]; !ok && looksLikeJSONObject(text) {
			fs.ev.addProv(text, func() *source.Node {
				n, d := source.ParseJSON(path, data, source.Pos{})
				if d != nil {
					return nil
				}
				return n
			})
		}
		return cty.StringVal(text), nil
	})
}

func (fs *fileFuncs) exists() function.Function {
	return stringFunc([]string{"path"}, cty.Bool, func(a []string) (cty.Value, error) {
		path, err := fs.resolve(a[0])
		if err != nil {
			return cty.UnknownVal(cty.Bool), nil
		}
		info, err := os.Stat(path)
		return cty.BoolVal(err == nil && info.Mode().IsRegular()), nil
	})
}

func (fs *fileFuncs) abspath() function.Function {
	return stringFunc([]string{"path"}, cty.String, func(a []string) (cty.Value, error) {
		p := a[0]
		if !filepath.IsAbs(p) {
			p = filepath.Join(fs.root, p)
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return cty.NilVal, fmt.Errorf("abspath: %w", err)
		}
		return cty.StringVal(filepath.ToSlash(abs)), nil
	})
}

func (fs *fileFuncs) fileset() function.Function {
	return opaqueFunc(cty.Set(cty.String))
}

func (fs *fileFuncs) templatefile(funcs map[string]function.Function) function.Function {
	return fs.templateFunc(funcs, func(arg string) (string, []byte, error) { return fs.read(arg) })
}

func (fs *fileFuncs) templatestring(funcs map[string]function.Function) function.Function {
	return fs.templateFunc(funcs, func(arg string) (string, []byte, error) { return "", []byte(arg), nil })
}

// templateFunc renders a template with vars; the functions inside it are
// Terraform's, except the template functions themselves (no recursion).
func (fs *fileFuncs) templateFunc(funcs map[string]function.Function, load func(string) (string, []byte, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			path, data, err := load(args[0].AsString())
			if errors.Is(err, errUnknownPath) {
				return cty.DynamicVal, nil
			}
			if err != nil {
				return cty.NilVal, err
			}
			if !args[1].IsWhollyKnown() || !args[1].Type().IsObjectType() && !args[1].Type().IsMapType() {
				return cty.DynamicVal, nil
			}
			inner := make(map[string]function.Function, len(funcs))
			for k, f := range funcs {
				if k != "templatefile" && k != "templatestring" {
					inner[k] = f
				}
			}
			return fs.render(path, data, args[1].AsValueMap(), inner)
		},
	})
}

func (fs *fileFuncs) render(path string, data []byte, vars map[string]cty.Value, funcs map[string]function.Function) (cty.Value, error) {
	name := path
	if name == "" {
		name = "<templatestring>"
	}
	if d := nestingDiag(name, data, hcl.InitialPos, true); d != nil {
		return cty.NilVal, fmt.Errorf("template: %s", d.Detail)
	}
	expr, diags := hclsyntax.ParseTemplate(data, name, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("template: %s", diags.Error())
	}
	rewriteOperators(expr)
	countIterations(expr)
	ctx := &hcl.EvalContext{Variables: vars, Functions: funcs}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		steadySuggestions(diags)
		return cty.NilVal, fmt.Errorf("template: %s", diags.Error())
	}
	if path != "" && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
		text := v.AsString()
		if _, ok := fs.ev.prov[text]; !ok && looksLikeJSONObject(text) {
			f := newFile(path, data)
			eval := func(e hcl.Expression) cty.Value { x, _ := e.Value(ctx); return x }
			fs.ev.addProv(text, func() *source.Node { return exprNode(f, expr, text, eval) })
		}
	}
	return v, nil
}
