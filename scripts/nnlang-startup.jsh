// What `scripts/nn jshell` runs after JShell's DEFAULT start-up: the nnlang API and the types
// its methods hand back. Start with: var nn = Nn.session();
import nnlang.api.*;
import nnlang.report.*;
import nnlang.model.Net;
import nnlang.model.Activation;
import nnlang.data.Table;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
