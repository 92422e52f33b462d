package cloudformation

import (
	"errors"
	"fmt"

	"github.com/denylint/denylint/source"
)

// overrides collects parameter values given outside the template: the
// files in order (a later file wins), then --param values, which win over
// every file.
func overrides(opts Options) (map[string]override, []source.Diagnostic) {
	out := map[string]override{}
	var diags []source.Diagnostic
	for _, path := range opts.ParamFiles {
		diags = append(diags, readParamFile(path, out)...)
	}
	for name, v := range opts.Params {
		out[name] = override{value: v, from: "--param " + name}
	}
	return out, diags
}

// readParamFile reads the CLI shape [{"ParameterKey": …, "ParameterValue":
// …}], the CodePipeline shape {"Parameters": {…}}, or a plain object of
// names to values.
func readParamFile(path string, into map[string]override) []source.Diagnostic {
	whole := source.Range{File: path, Start: source.Pos{Line: 1, Column: 1}, End: source.Pos{Line: 1, Column: 1}}
	data, err := source.ReadFile(path, MaxFileSize)
	if errors.Is(err, source.ErrTooLarge) {
		return []source.Diagnostic{errorAt(whole, "parameters file too large", fmt.Sprintf("the limit is %d bytes", MaxFileSize))}
	}
	if err != nil {
		return []source.Diagnostic{errorAt(whole, "cannot read parameters file", fmt.Errorf("read parameters: %w", err).Error())}
	}
	if len(data) > MaxFileSize {
		return []source.Diagnostic{errorAt(whole, "parameters file too large", fmt.Sprintf("the limit is %d bytes", MaxFileSize))}
	}
	doc, d := source.ParseJSON(path, data, source.Pos{})
	if d != nil {
		return []source.Diagnostic{*d}
	}
	from := "parameters file " + path
	switch {
	case doc.Kind == source.Array:
		return cliParams(doc, from, into)
	case doc.Kind == source.Object && doc.Get("Parameters") != nil && doc.Get("Parameters").Kind == source.Object:
		return objectParams(doc.Get("Parameters"), from, into)
	case doc.Kind == source.Object:
		return objectParams(doc, from, into)
	}
	return []source.Diagnostic{errorAt(doc.Range, "parameters file has an unknown shape",
		`expected [{"ParameterKey": …, "ParameterValue": …}] or {"Parameters": {…}}`)}
}

func cliParams(doc *source.Node, from string, into map[string]override) []source.Diagnostic {
	var diags []source.Diagnostic
	for _, item := range doc.Items {
		k, v := item.Get("ParameterKey"), item.Get("ParameterValue")
		if k == nil || v == nil || k.Kind != source.String {
			if item.Get("UsePreviousValue") == nil {
				diags = append(diags, warningAt(item.Range, "parameter entry without ParameterKey and ParameterValue", ""))
			}
			continue
		}
		into[k.Scalar] = override{value: v.Scalar, rng: v.Range, from: from}
	}
	return diags
}

func objectParams(doc *source.Node, from string, into map[string]override) []source.Diagnostic {
	var diags []source.Diagnostic
	for _, f := range doc.Fields {
		if f.Value.Kind == source.Object || f.Value.Kind == source.Array {
			diags = append(diags, warningAt(f.Value.Range, fmt.Sprintf("parameter %s is not a string", f.Key), ""))
			continue
		}
		into[f.Key] = override{value: f.Value.Scalar, rng: f.Value.Range, from: from}
	}
	return diags
}
