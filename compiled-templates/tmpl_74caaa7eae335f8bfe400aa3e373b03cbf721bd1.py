from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_statuses.css'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield "/* The follow-up statuses' colours, shared by the report and the follow-up checklist: the\n   same swatch for the same status everywhere, always beside the status's name. */\n:root {\n  --c-genomford: #1b6e3c;\n  --t-genomford: #ffffff;\n  --c-pagaende: #2f6fb5;\n  --t-pagaende: #ffffff;\n  --c-ej-paborjad: #b34a00;\n  --t-ej-paborjad: #ffffff;\n  --c-ej-aktuell: #a8a8a8;\n  --t-ej-aktuell: #000000;\n  --c-saknas: #ffffff;\n  --hatch: #1a1a1a;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --c-genomford: #5cc483;\n    --t-genomford: #000000;\n    --c-pagaende: #7fb4ee;\n    --t-pagaende: #000000;\n    --c-ej-paborjad: #f0923f;\n    --t-ej-paborjad: #000000;\n    --c-ej-aktuell: #7a7a7a;\n    --t-ej-aktuell: #000000;\n    --c-saknas: #121212;\n    --hatch: #d0d0d0;\n  }\n}\n/* Swatches, legend and segments share the status colours. */\n.swatch {\n  display: inline-block; width: 0.85em; height: 0.85em; margin-right: 0.35em;\n  border: 1px solid currentColor; vertical-align: -0.05em; box-sizing: border-box;\n}\n.seg-genomford { background-color: var(--c-genomford); color: var(--t-genomford); }\n.seg-pagaende { background-color: var(--c-pagaende); color: var(--t-pagaende); }\n.seg-ej-paborjad { background-color: var(--c-ej-paborjad); color: var(--t-ej-paborjad); }\n.seg-ej-aktuell { background-color: var(--c-ej-aktuell); color: var(--t-ej-aktuell); }\n.seg-saknas {\n  background-color: var(--c-saknas); color: currentColor;\n  background-image: repeating-linear-gradient(45deg, transparent 0 3px, var(--hatch) 3px 4px);\n}\n@media print {\n  :root {\n    --c-genomford: #1b6e3c; --t-genomford: #ffffff;\n    --c-pagaende: #2f6fb5; --t-pagaende: #ffffff;\n    --c-ej-paborjad: #b34a00; --t-ej-paborjad: #ffffff;\n    --c-ej-aktuell: #a8a8a8; --t-ej-aktuell: #000000;\n    --c-saknas: #ffffff; --hatch: #000000;\n  }\n  .swatch, .seg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }\n}\n"

blocks = {}
debug_info = ''