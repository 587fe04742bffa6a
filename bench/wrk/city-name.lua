-- A city's name made of letters only (the service refuses digits): 0 -> "a", 25 -> "z", 26 -> "ba", ...
-- Shared by random-city.lua and known-city.lua (bench/run.sh's grid_city spells the same names in bash).
local letters = "abcdefghijklmnopqrstuvwxyz"

return function(n)
  local s = ""
  repeat
    local r = n % 26
    s = letters:sub(r + 1, r + 1) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end
