// The nnlang language: the only definition of its syntax. See README.md for the reference.
// Statements are led by a keyword and need no terminator; newlines are white space, so every
// statement has a one-line form. Names of activations, encodings, optimisers and losses are
// plain identifiers here and are checked by the interpreter, which can then say "did you mean".
grammar Nn;

script : statement* EOF ;

statement
    : tableStmt
    | netStmt
    | trainStmt
    | relationsStmt
    | showStmt
    | predictStmt
    | infoStmt
    | expectStmt
    | printStmt
    | hiddenStmt
    | ablateStmt
    | compareStmt
    | plotStmt
    | mapStmt
    | drawStmt
    | saveStmt
    | loadStmt
    | setStmt
    | familyStmt
    | curveStmt
    | drawCurveStmt
    ;

// ---- tables -------------------------------------------------------------------------------
tableStmt : TABLE name=ID (tableBody | '=' tableExpr | FROM file=STRING | tableInputs '=' formula) ;

tableBody : '{' row* '}' ;

tableExpr
    : generator=ID '(' size=NUMBER ')' generatorOption*             # tableGenerator
    | INVERSE source=ID                                             # tableInverse
    ;

// the options of a random generator: tree(8) gates all seed 3; a family takes instances too
generatorOption
    : SEED number                                                   # generatorSeed
    | GATES gates=ID                                                # generatorGates
    | INSTANCES number                                              # generatorInstances
    ;

// ---- formulas: table g(a, b, c) = a xor (b and c) -------------------------------------------
// the binary operators are plain identifiers (a table may still be called xor); the interpreter
// reads them and their precedence (and nand > xor xnor > or nor) from the flat chain written
// here; not, tighter than all of them, is a keyword
tableInputs : '(' ID (',' ID)* ')' ;

formula : formulaTerm (ops+=ID formulaTerm)* ;

formulaTerm
    : op=NOT formulaTerm                                            # formulaNot
    | '(' formula (',' formula)* ')'                                # formulaGroup
    | fn=ID '(' formula (',' formula)* ')'                          # formulaCall
    | name=ID                                                       # formulaName
    | NUMBER                                                        # formulaConstant
    ;

// ---- families: family trees = tree(8) instances 20 seed 1 -----------------------------------
familyStmt : FAMILY name=ID '=' generator=ID '(' size=NUMBER ')' generatorOption* ;

row : from=state '->' state ('|' state)* ;

// a state named like a keyword is written in quotes: "input"
state : NUMBER | ID | STRING ;

// ---- nets ---------------------------------------------------------------------------------
netStmt : NET name=ID (netBlock | '=' netLine) ;

netBlock : '{' netItem* '}' ;

netLine : encoding=ID inSize=NUMBER? ('->' layer)* '->' out=ID outSize=NUMBER? ;

netItem
    : INPUT encoding=ID size=NUMBER? stateList?                     # inputItem
    | DENSE layer weights?                                          # denseItem
    | OUTPUT kind=ID size=NUMBER? stateList? weights?               # outputItem
    ;

// the states a net with weights is bound to, in order: input bits 2 [00, 01, 10, 11]
stateList : '[' state (',' state)* ']' ;

// a layer's weights: the rows of w are the layer's inputs, its columns the nodes (z = a w + b);
// the words w and b are names here, checked by the interpreter
weights    : '{' weightRows biasRow '}' ;
weightRows : key=ID '[' vector (',' vector)* ']' ;
biasRow    : key=ID vector ;
vector     : '[' number (',' number)* ']' ;

// dense 8 tanh groups 4: node group g sees only input group g
layer : size=NUMBER activation=ID (GROUPS groups=NUMBER)? ;

// ---- training -----------------------------------------------------------------------------
trainStmt : TRAIN net=ID ON table=ID ('{' trainOption* '}' | trainOption*) ;

trainOption
    : EPOCHS number                                                 # epochsOption
    | LR number                                                     # lrOption
    | OPTIMIZER name=ID number?                                     # optimizerOption
    | LOSS name=ID                                                  # lossOption
    | L2 number                                                     # l2Option
    | SEED number                                                   # seedOption
    | BATCH (FULL | number)                                         # batchOption
    | UNTIL metric=(ID | LOSS) '<' number                                   # untilOption
    | ROWS state+                                              # rowsOption
    // every 500 relations: that report too, every N epochs; the report's word must follow on the
    // same line, so that a one-line train followed by a relations statement reads as before
    | EVERY number ({_input.LT(1).getLine() == _input.LT(-1).getLine()}? report=(RELATIONS | MAP | HIDDEN_KW))? # everyOption
    | CONTINUE                                                      # continueOption
    ;

// ---- reports ------------------------------------------------------------------------------
// relations a, b on xor: the reports side by side
relationsStmt : RELATIONS net=ID (',' more+=ID)* ON table=ID (EPS number)? (ROWS state+)? ;
showStmt      : SHOW net=ID ;
predictStmt   : PREDICT net=ID state ;
infoStmt      : INFO table=ID ;
// of a curve: expect auc_difference of A, B on T > 0   or   expect heldout_accuracy of A on T at 64 >= 0.9
expectStmt    : EXPECT metric=ID OF net=ID (',' second=ID)? ON table=ID (AT at=NUMBER)? op=comparison number ;
printStmt     : PRINT STRING ;
// hidden two on xor space: the codes on the layer's principal components (space is a plain word)
hiddenStmt    : HIDDEN_KW net=ID ON table=ID (BINS number)? (view=ID)? ;
ablateStmt    : ABLATE net=ID node=ID ON table=ID ;

// ---- pictures -----------------------------------------------------------------------------
plotStmt      : PLOT net=ID (TO file=STRING)? ;
// map two h1 on xor: one hidden node over the input square, with the output's decision line
// map a, b on xor: the maps side by side
mapStmt       : MAP net=ID ((',' more+=ID)+ | node=ID)? ON table=ID (TO file=STRING)? ;
drawStmt      : DRAW net=ID (ON table=ID)? TO file=STRING ;

// ---- sharing ------------------------------------------------------------------------------
saveStmt : SAVE (net=ID | SESSION) TO file=STRING ;
loadStmt : LOAD file=STRING ;
// set NET layer 1 w[0][1] = 5.2   or   set NET layer 2 b[0] = -3
setStmt  : SET net=ID LAYER which=NUMBER param=ID index+ '=' number ;
index    : '[' NUMBER ']' ;

// ---- experiments --------------------------------------------------------------------------
compareStmt : COMPARE ID (',' ID)* ON table=ID ('{' compareOption* '}' | compareOption*) ;

compareOption
    : TRIALS number                                                 # trialsOption
    | EQUIVALENCE number                                            # equivalenceOption
    | trainOption                                                   # compareTrainOption
    ;

// a compare at each K: curve A, B on T { rows 8 16 32  trials 200  options }
curveStmt : CURVE ID (',' ID)* ON table=ID ('{' compareOption* '}' | compareOption*) ;

// the last curve of these nets on the table, as a picture
drawCurveStmt : DRAW CURVE ID (',' ID)* ON table=ID TO file=STRING ;

comparison : '>=' | '<=' | '>' | '<' | '==' ;

number : '-'? NUMBER ;


// ---- tokens -------------------------------------------------------------------------------
TABLE     : 'table' ;
INVERSE   : 'inverse' ;
NET       : 'net' ;
INPUT     : 'input' ;
DENSE     : 'dense' ;
OUTPUT    : 'output' ;
TRAIN     : 'train' ;
ON        : 'on' ;
EPOCHS    : 'epochs' ;
LR        : 'lr' ;
OPTIMIZER : 'optimizer' ;
LOSS      : 'loss' ;
L2        : 'l2' ;
SEED      : 'seed' ;
BATCH     : 'batch' ;
FULL      : 'full' ;
UNTIL     : 'until' ;
ROWS      : 'rows' ;
EVERY     : 'every' ;
CONTINUE  : 'continue' ;
RELATIONS : 'relations' ;
EPS       : 'eps' ;
SHOW      : 'show' ;
PREDICT   : 'predict' ;
INFO      : 'info' ;
EXPECT    : 'expect' ;
OF        : 'of' ;
PRINT     : 'print' ;
HIDDEN_KW : 'hidden' ;
BINS      : 'bins' ;
ABLATE    : 'ablate' ;
COMPARE   : 'compare' ;
TRIALS    : 'trials' ;
PLOT      : 'plot' ;
MAP       : 'map' ;
DRAW      : 'draw' ;
TO        : 'to' ;
FROM      : 'from' ;
SAVE      : 'save' ;
SESSION   : 'session' ;
LOAD      : 'load' ;
SET       : 'set' ;
LAYER     : 'layer' ;
FAMILY    : 'family' ;
INSTANCES : 'instances' ;
GATES     : 'gates' ;
GROUPS    : 'groups' ;
NOT       : 'not' ;
CURVE     : 'curve' ;
AT        : 'at' ;
EQUIVALENCE : 'equivalence' ;

ARROW  : '->' ;
LBRACE : '{' ;
RBRACE : '}' ;
ASSIGN : '=' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
PIPE   : '|' ;
LT     : '<' ;
GE     : '>=' ;
LE     : '<=' ;
GT     : '>' ;
EQ     : '==' ;
MINUS  : '-' ;
COMMA  : ',' ;
NUMBER : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;
ID     : [\p{L}_] [\p{L}\p{N}_]* ;
STRING : '"' (~["\\\r\n] | '\\' ["\\nt])* '"' ;
// a string that runs to the end of its line: its own token, so the message can say so
UNCLOSED_STRING : '"' (~["\\\r\n] | '\\' ["\\nt])* ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n\u000C]+ -> channel(HIDDEN) ;
// anything else becomes one token that no rule accepts, so the parser reports it with its position
UNKNOWN : . ;
