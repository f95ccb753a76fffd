package io.github.conglongli.site.content.markdown.code;

import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.CAPITALIZED_TYPES;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.CASE_INSENSITIVE;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.COLON_KEYS;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.COMMENT_AFTER_SPACE;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.CONSOLE;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.DECORATORS;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.DIFF;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.DOLLAR_IN_NAMES;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.EQUALS_KEYS;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.FUNCTION_CALLS;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.MARKDOWN;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.PREPROCESSOR;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.SHELL_VARIABLES;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.STRING_KEYS;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.STRING_PREFIXES;
import static io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule.TEX;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a fenced code block may name, one small table each, and every name and alias
 * they answer to. The word lists are the languages' reserved words and the types and built-ins
 * a reader expects to stand out, not every library name.
 */
final class CodeLanguages {

    private static final CodeLanguage PYTHON = CodeLanguage.named("python").aliases("py", "python3", "py3", "ipython")
            .lineComments("#")
            .quotes(Quote.block("\"\"\""), Quote.block("'''"), Quote.line("\""), Quote.line("'"))
            .keywords("and as assert async await break class continue def del elif else except finally for from "
                    + "global if import in is lambda nonlocal not or pass raise return try while with yield match case")
            .types("int float str bool bytes list dict set tuple object complex frozenset bytearray type")
            .builtins("print len range enumerate zip map filter sorted reversed sum min max abs open isinstance "
                    + "super self cls iter next repr hash id input round any all getattr setattr hasattr vars")
            .constants("True False None NotImplemented Ellipsis")
            .rules(DECORATORS, FUNCTION_CALLS, STRING_PREFIXES, CAPITALIZED_TYPES)
            .build();

    private static final CodeLanguage C = CodeLanguage.named("c").aliases("h")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.line("\""), Quote.character("'"))
            .keywords("auto break case const continue default do else enum extern for goto if inline register "
                    + "restrict return sizeof static struct switch typedef union volatile while _Alignas _Alignof "
                    + "_Atomic _Generic _Noreturn _Static_assert _Thread_local")
            .types("void char short int long float double signed unsigned bool _Bool size_t ssize_t ptrdiff_t "
                    + "int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t uintptr_t FILE")
            .builtins("printf fprintf sprintf snprintf malloc calloc realloc free memcpy memset strlen strcmp "
                    + "exit assert")
            .constants("NULL true false EOF stdin stdout stderr")
            .rules(PREPROCESSOR, FUNCTION_CALLS)
            .build();

    private static final CodeLanguage CPP = CodeLanguage.named("cpp").aliases("c++", "cxx", "cc", "hpp", "hxx", "hh")
            .like(C)
            .keywords("alignas alignof catch class concept consteval constexpr constinit const_cast co_await "
                    + "co_return co_yield decltype delete dynamic_cast explicit export friend mutable namespace new "
                    + "noexcept operator private protected public reinterpret_cast requires static_assert "
                    + "static_cast template this throw try typeid typename using virtual override final")
            .types("wchar_t char8_t char16_t char32_t string vector map unordered_map set array unique_ptr "
                    + "shared_ptr optional span string_view")
            .builtins("std cout cerr endl move forward make_unique make_shared")
            .constants("nullptr")
            .rules(CAPITALIZED_TYPES)
            .build();

    private static final CodeLanguage CUDA = CodeLanguage.named("cuda").aliases("cu", "cuh")
            .like(CPP)
            .keywords("__global__ __device__ __host__ __shared__ __constant__ __managed__ __restrict__ "
                    + "__forceinline__ __noinline__ __launch_bounds__")
            .types("dim3 half half2 __half __half2 __nv_bfloat16 float2 float3 float4 int2 int3 int4 "
                    + "cudaError_t cudaStream_t cudaEvent_t")
            .builtins("threadIdx blockIdx blockDim gridDim warpSize __syncthreads __syncwarp __shfl_sync "
                    + "__shfl_down_sync __shfl_xor_sync atomicAdd atomicMax atomicCAS cudaMalloc cudaFree cudaMemcpy "
                    + "cudaMemcpyAsync cudaDeviceSynchronize cudaGetLastError")
            .constants("cudaMemcpyHostToDevice cudaMemcpyDeviceToHost cudaSuccess")
            .build();

    private static final CodeLanguage JAVA = CodeLanguage.named("java")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.block("\"\"\""), Quote.line("\""), Quote.character("'"))
            .keywords("abstract assert break case catch class const continue default do else enum exports extends "
                    + "final finally for goto if implements import instanceof interface module native new package "
                    + "permits private protected public record requires return sealed static strictfp super switch "
                    + "synchronized this throw throws transient try var void volatile while yield non-sealed")
            .types("boolean byte char short int long float double String Object Integer Long Double List Map Set "
                    + "Optional")
            .builtins("System")
            .constants("true false null")
            .rules(DECORATORS, FUNCTION_CALLS, CAPITALIZED_TYPES)
            .build();

    private static final CodeLanguage RUST = CodeLanguage.named("rust").aliases("rs")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.block("\""), Quote.character("'"))
            .keywords("as async await break const continue crate dyn else enum extern fn for if impl in let loop "
                    + "match mod move mut pub ref return self Self static struct super trait type unsafe use where "
                    + "while")
            .types("i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec Option "
                    + "Result Box Rc Arc HashMap")
            .builtins("println print eprintln format vec panic assert assert_eq unreachable todo Some None Ok Err")
            .constants("true false")
            .rules(FUNCTION_CALLS, CAPITALIZED_TYPES, STRING_PREFIXES)
            .build();

    private static final CodeLanguage GO = CodeLanguage.named("go").aliases("golang")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.line("\""), Quote.character("'"), Quote.verbatim("`", "`"))
            .keywords("break case chan const continue default defer else fallthrough for func go goto if import "
                    + "interface map package range return select struct switch type var")
            .types("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string "
                    + "uint uint8 uint16 uint32 uint64 uintptr any")
            .builtins("append cap close complex copy delete imag len make new panic print println real recover "
                    + "min max clear")
            .constants("true false nil iota")
            .rules(FUNCTION_CALLS)
            .build();

    private static final CodeLanguage JAVASCRIPT = CodeLanguage.named("javascript")
            .aliases("js", "jsx", "mjs", "cjs", "node")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.line("\""), Quote.line("'"), Quote.block("`"))
            .keywords("async await break case catch class const continue debugger default delete do else export "
                    + "extends finally for from function if import in instanceof let new of return static super "
                    + "switch this throw try typeof var void while with yield get set")
            .builtins("console window document globalThis Math JSON Promise Array Object String Number Boolean "
                    + "Map Set Symbol Error RegExp Date require module")
            .constants("true false null undefined NaN Infinity")
            .rules(FUNCTION_CALLS, DOLLAR_IN_NAMES)
            .build();

    private static final CodeLanguage TYPESCRIPT = CodeLanguage.named("typescript").aliases("ts", "tsx", "mts")
            .like(JAVASCRIPT)
            .keywords("abstract as declare enum implements interface keyof namespace private protected public "
                    + "readonly satisfies type infer is asserts override")
            .types("string number boolean any unknown never void object bigint symbol Record Partial Readonly "
                    + "Pick Omit")
            .rules(DECORATORS, CAPITALIZED_TYPES)
            .build();

    private static final CodeLanguage BASH = CodeLanguage.named("bash").aliases("sh", "shell", "zsh", "ksh")
            .lineComments("#")
            .quotes(Quote.block("\""), Quote.verbatim("'", "'"))
            .keywords("if then else elif fi case esac for while until do done in function select time return "
                    + "break continue local export readonly declare unset shift")
            .builtins("echo printf cd pwd source exit set test read eval exec trap alias cat grep sed awk ls cp "
                    + "mv rm mkdir chmod curl git pip python conda sudo make docker kubectl ssh tar")
            .constants("true false")
            .rules(SHELL_VARIABLES, COMMENT_AFTER_SPACE)
            .build();

    private static final CodeLanguage CONSOLE_SESSION = CodeLanguage.named("console")
            .aliases("shell-session", "terminal", "shellsession")
            .like(BASH)
            .rules(CONSOLE)
            .build();

    private static final CodeLanguage YAML = CodeLanguage.named("yaml").aliases("yml")
            .lineComments("#")
            .quotes(Quote.line("\""), Quote.raw("'"))
            .constants("true false null yes no on off True False Null TRUE FALSE NULL ~")
            .rules(COLON_KEYS, COMMENT_AFTER_SPACE)
            .build();

    private static final CodeLanguage JSON = CodeLanguage.named("json").aliases("jsonc", "json5", "jsonl", "geojson")
            .lineComments("//").blockComment("/*", "*/")
            .quotes(Quote.line("\""))
            .constants("true false null")
            .rules(STRING_KEYS)
            .build();

    private static final CodeLanguage TOML = CodeLanguage.named("toml")
            .lineComments("#")
            .quotes(Quote.block("\"\"\""), Quote.verbatim("'''", "'''"), Quote.line("\""), Quote.raw("'"))
            .constants("true false inf nan")
            .rules(EQUALS_KEYS)
            .build();

    private static final CodeLanguage SQL = CodeLanguage.named("sql")
            .aliases("postgresql", "postgres", "mysql", "sqlite", "plsql")
            .lineComments("--").blockComment("/*", "*/")
            .quotes(Quote.line("'"), Quote.line("\""), Quote.raw("`"))
            .keywords("select from where and or not insert into values update set delete create table drop alter "
                    + "add index view join inner left right outer full on as group by order having limit offset "
                    + "union all distinct case when then else end primary key foreign references with is in "
                    + "between like exists returning begin commit rollback default unique check cross asc desc")
            .types("int integer bigint smallint serial text varchar char boolean real double precision numeric "
                    + "decimal date time timestamp timestamptz json jsonb uuid blob")
            .builtins("count sum avg min max coalesce now lower upper length cast row_number over partition")
            .constants("null true false")
            .rules(CASE_INSENSITIVE, FUNCTION_CALLS)
            .build();

    private static final CodeLanguage LATEX = CodeLanguage.named("latex").aliases("tex", "bibtex", "bib", "context")
            .lineComments("%")
            .rules(TEX)
            .build();

    private static final CodeLanguage MARKDOWN_TEXT = CodeLanguage.named("markdown").aliases("md", "mdx")
            .rules(MARKDOWN)
            .build();

    private static final CodeLanguage DIFF_TEXT = CodeLanguage.named("diff").aliases("patch", "udiff")
            .rules(DIFF)
            .build();

    private static final CodeLanguage PLAIN_TEXT = CodeLanguage.named("text").aliases("plain", "plaintext", "txt",
            "none", "output").build();

    private static final List<CodeLanguage> ALL = List.of(PYTHON, C, CPP, CUDA, JAVA, RUST, GO, JAVASCRIPT,
            TYPESCRIPT, BASH, CONSOLE_SESSION, YAML, JSON, TOML, SQL, LATEX, MARKDOWN_TEXT, DIFF_TEXT, PLAIN_TEXT);

    private static final Map<String, CodeLanguage> BY_NAME = index();

    private CodeLanguages() {}

    /** The language a fence names, by its name or an alias in any case; empty for one not known here. */
    static Optional<CodeLanguage> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every language, for tests and documentation. */
    static List<CodeLanguage> all() {
        return ALL;
    }

    private static Map<String, CodeLanguage> index() {
        Map<String, CodeLanguage> byName = new HashMap<>();
        for (CodeLanguage language : ALL) {
            byName.put(language.name(), language);
            language.aliases().forEach(alias -> byName.put(alias, language));
        }
        return Map.copyOf(byName);
    }
}
