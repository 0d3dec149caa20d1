grammar Nn;
script : EOF ;
WS : [ \t\r\n]+ -> skip ;
