namespace DhrLibrary.Validation;

/// <summary>The NHS number's check digit: modulus 11 over the first nine digits, weighted 10 down to 2.</summary>
public static class NhsNumber
{
    /// <summary>True when <paramref name="digits"/> is ten digits whose last is the valid check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (digits[i] - '0') * (10 - i);
        }

        int check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        // A remainder that gives 10 means no valid number uses these nine digits.
        return check != 10 && char.IsAsciiDigit(digits[9]) && digits[9] - '0' == check;
    }
}
