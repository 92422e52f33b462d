package terraform

import (
	"errors"
	"runtime"
	"sync"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
)

// parseFiles reads and parses files in parallel, keeping their order.
// A file that cannot be read or parsed yields diagnostics; what HCL could
// recover of it is still returned.
func parseFiles(paths []string) ([]*file, []source.Diagnostic) {
	files := make([]*file, len(paths))
	diags := make([]hcl.Diagnostics, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				files[i], diags[i] = parseFile(paths[i])
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []source.Diagnostic
	for _, d := range diags {
		out = append(out, fromHCL(d)...)
	}
	return files, out
}

func parseFile(path string) (*file, hcl.Diagnostics) {
	src, err := source.ReadFile(path, source.MaxFileSize)
	if err != nil {
		summary := "cannot read file"
		if errors.Is(err, source.ErrTooLarge) {
			summary = "file too large"
		}
		return nil, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  summary,
			Detail:   err.Error(),
			Subject:  &hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos},
		}}
	}
	return parseSource(path, src)
}

// parseSource parses the text of a Terraform file; it never panics.
func parseSource(path string, src []byte) (f *file, diags hcl.Diagnostics) {
	f = newFile(path, src)
	defer func() {
		if r := recover(); r != nil {
			f.body = hcl.EmptyBody()
			diags = append(diags, internalDiag(path, r))
		}
	}()
	var hf *hcl.File
	switch f.kind {
	case kindTFJSON, kindVarsJSON:
		if d := jsonNestingDiag(path, src); d != nil {
			f.body = hcl.EmptyBody()
			return f, hcl.Diagnostics{d}
		}
		hf, diags = hcljson.Parse(src, path)
	default:
		if d := nestingDiag(path, src, hcl.InitialPos, false); d != nil {
			f.body = hcl.EmptyBody()
			return f, hcl.Diagnostics{d}
		}
		hf, diags = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	}
	if hf != nil && hf.Body != nil {
		f.body = hf.Body
		if b, ok := hf.Body.(*hclsyntax.Body); ok {
			rewriteOperators(b)
			countIterations(b)
		}
	} else {
		f.body = hcl.EmptyBody()
	}
	return f, diags
}

func internalDiag(path string, r any) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "internal error while reading file",
		Detail:   "denylint could not read this file; please report it: " + sprint(r),
		Subject:  &hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos},
	}
}
