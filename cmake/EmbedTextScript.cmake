# Writes the bytes of INPUT as an unsigned char array (a raw string literal
# would hit compilers' length limit for one literal; unsigned keeps bytes above
# 127 from narrowing).
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${content}")
string(REGEX REPLACE "((0x..,){32})" "\\1\n" body "${body}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace copydesk::data {\nnamespace { const unsigned char bytes[] = {${body}0}; }\nextern const std::string_view ${SYMBOL};\nconst std::string_view ${SYMBOL}(reinterpret_cast<const char*>(bytes), sizeof(bytes) - 1);\n}\n")
